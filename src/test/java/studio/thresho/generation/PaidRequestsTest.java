package studio.thresho.generation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import studio.thresho.asset.AssetDetail;
import studio.thresho.asset.AssetDraft;
import studio.thresho.asset.AssetService;
import studio.thresho.provider.ProviderStatus;
import studio.thresho.security.TestLogins;
import studio.thresho.testsupport.Await;
import studio.thresho.testsupport.FlakyDataSource;
import studio.thresho.testsupport.IntegrationTest;
import studio.thresho.testsupport.ScriptedProvider;
import studio.thresho.testsupport.Workspace;

/**
 * A paid request is sent at most once and no generation is lost: a stub provider counts the
 * requests it receives while the job runner stops mid-submit, the database fails right after the
 * provider answered, or the job fails after a successful submit.
 */
@IntegrationTest
class PaidRequestsTest {

    @Autowired
    GenerationService generations;
    @Autowired
    GenerationJobs jobs;
    @Autowired
    GenerationWorker worker;
    @Autowired
    GenerationSweep sweep;
    @Autowired
    ProviderSlots slots;
    @Autowired
    AssetService assets;
    @Autowired
    ScriptedProvider scripted;
    @Autowired
    FlakyDataSource database;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    Workspace workspace;

    private AssetDetail marcus;

    @BeforeEach
    void marcus() {
        workspace.editorInNewProject("Paid requests");
        marcus = assets.save(AssetDraft.create(workspace.category("talent"), "Marcus", Map.of("physical_description", "Black male, mid-30s")));
        scripted.resetInFlight();
    }

    @AfterEach
    void restore() {
        database.comeBack();
        scripted.limit = 4;
        if (!jobs.isRunning()) {
            jobs.start();
        }
        TestLogins.logout();
    }

    private PlanRequest order() {
        return PlanRequest.of(ScriptedProvider.ID, List.of(new PlanPick(Slot.TALENT, marcus.lineageId(), null,
                Map.of("action", "fading a hairline")))).withSeed(SeedChoice.fixed(7));
    }

    private GenerationView finished(UUID id) {
        return Await.until(() -> generations.get(id), view -> view.status().finished(), Duration.ofSeconds(30));
    }

    private void awaitRequest(UUID id) {
        Await.until(() -> scripted.requestsFor(id), count -> count >= 1, Duration.ofSeconds(20));
    }

    private List<String> transitions(UUID id) {
        return generations.log(id).stream().filter(GenerationLogEntry::transition).map(GenerationLogEntry::message).toList();
    }

    @Test
    void aSubmitInFlightWhenTheJobRunnerStopsIsNeverSentAgainAfterTheRestart() {
        CountDownLatch provider = scripted.holdNextSubmit();
        UUID id = generations.submit(order()).id();
        awaitRequest(id);

        jobs.stop();
        jobs.start();
        GenerationView after = finished(id);
        provider.countDown();

        assertThat(after.status()).isEqualTo(GenerationStatus.SUBMISSION_UNCERTAIN);
        assertThat(after.error()).contains("job was interrupted", "may have received it", "dashboard");
        Await.until(() -> scripted.cancelled, cancelled -> cancelled.contains(ScriptedProvider.ID + "-" + id), Duration.ofSeconds(20));
        assertThat(scripted.requestsFor(id)).as("requests that reached the provider").isEqualTo(1);
        assertThat(generations.get(id).status()).isEqualTo(GenerationStatus.SUBMISSION_UNCERTAIN);
        assertThat(transitions(id)).containsSubsequence("Created as queued", "Queued → Sending")
                .anySatisfy(line -> assertThat(line).startsWith("Sending → Submission uncertain: The request was being sent"));
    }

    @Test
    void theDatabaseFailingRightAfterTheProviderAnsweredNeitherResendsNorLosesTheGeneration() {
        scripted.afterNextSubmit(database::goDown);
        UUID id = generations.submit(order()).id();
        awaitRequest(id);
        sleep(500);
        database.comeBack();

        GenerationView after = finished(id);

        assertThat(scripted.requestsFor(id)).as("requests that reached the provider").isEqualTo(1);
        assertThat(after.status()).isEqualTo(GenerationStatus.SUBMISSION_UNCERTAIN);
        assertThat(after.error()).contains("may have received it");
    }

    @Test
    void aJobThatFailsAfterASuccessfulSubmitIsNotSentAgain() {
        // a task id longer than the column: storing the answer fails, and so does the job step
        scripted.nextExternalId("x".repeat(300));
        UUID id = generations.submit(order()).id();

        GenerationView after = finished(id);

        assertThat(scripted.requestsFor(id)).isEqualTo(1);
        assertThat(after.status()).isEqualTo(GenerationStatus.SUBMISSION_UNCERTAIN);
    }

    @Test
    void theRecordAndItsJobAreCommittedTogetherOrNotAtAll() {
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        UUID[] id = new UUID[1];
        transaction.executeWithoutResult(status -> {
            id[0] = generations.submit(order()).id();
            assertThat(jobCount(id[0])).as("the job, seen inside the transaction").isEqualTo(1);
            status.setRollbackOnly();
        });

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM generation_records WHERE id = ?", Integer.class, id[0].toString())).isZero();
        assertThat(jobCount(id[0])).as("the scheduler committed nothing on its own").isZero();
        assertThat(scripted.requestsFor(id[0])).isZero();
    }

    @Test
    void aRecordLeftWithoutItsJobIsFoundByTheSweepAndRun() {
        jobs.stop();
        UUID id = generations.submit(order()).id();
        jdbc.update("DELETE FROM scheduled_tasks WHERE task_name = 'generation' AND task_instance = ?", id.toString());

        GenerationSweep.Result swept = sweep.run(jobs);
        jobs.start();

        assertThat(swept.resumed()).isGreaterThanOrEqualTo(1);
        assertThat(finished(id).status()).isEqualTo(GenerationStatus.SUCCEEDED);
        assertThat(scripted.requestsFor(id)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM scheduled_tasks WHERE task_name = ?", Integer.class, GenerationJobs.SWEEP))
                .as("the sweep is a recurring job of its own").isEqualTo(1);
    }

    @Test
    void aGenerationStuckPastItsProvidersTimeLimitFreesItsSlot() {
        scripted.limit = 1;
        scripted.nextPlan(ProviderStatus.running(10));
        UUID stuck = generations.submit(order()).id();
        Await.until(() -> generations.get(stuck).status(), status -> status == GenerationStatus.RUNNING, Duration.ofSeconds(20));
        UUID waiting = generations.submit(order()).id();
        Await.until(() -> generations.get(waiting).error(), error -> error != null && error.contains("Waiting for a free slot"),
                Duration.ofSeconds(20));

        jdbc.update("UPDATE generation_records SET started_at = ? WHERE id = ?", java.sql.Timestamp.from(Instant.now().minus(Duration.ofHours(2))),
                stuck.toString());
        GenerationSweep.Result swept = sweep.run(jobs);

        assertThat(swept.givenUp()).isEqualTo(1);
        GenerationView given = generations.get(stuck);
        assertThat(given.status()).isEqualTo(GenerationStatus.FAILED);
        assertThat(given.error()).contains("gave no result within 30 minutes", "slot is free");
        assertThat(scripted.cancelled).contains(ScriptedProvider.ID + "-" + stuck);
        assertThat(finished(waiting).status()).isEqualTo(GenerationStatus.SUCCEEDED);
    }

    @Test
    void twentyThreadsSubmittingToAProviderWithLimitFourNeverHaveMoreThanFourInFlight() throws Exception {
        jobs.stop();
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            ids.add(generations.submit(order()).id());
        }
        long before = slots.inUse(ScriptedProvider.ID);
        scripted.limit = (int) before + 4;

        // twenty job steps at once, as twenty nodes would run them
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(20);
        List<Future<?>> steps = new ArrayList<>();
        for (UUID id : ids) {
            steps.add(threads.submit(() -> {
                start.await();
                return worker.step(id);
            }));
        }
        start.countDown();
        for (Future<?> step : steps) {
            step.get();
        }
        threads.shutdown();

        assertThat(ids.stream().mapToLong(scripted::requestsFor).sum()).as("requests sent at once").isEqualTo(4);
        assertThat(slots.inUse(ScriptedProvider.ID) - before).isEqualTo(4);
        assertThat(scripted.mostInFlight()).isLessThanOrEqualTo((int) before + 4);

        jobs.start();
        for (UUID id : ids) {
            assertThat(Await.until(() -> generations.get(id), view -> view.status().finished(), Duration.ofSeconds(60)).status())
                    .isEqualTo(GenerationStatus.SUCCEEDED);
        }
        assertThat(ids).allSatisfy(id -> assertThat(scripted.requestsFor(id)).isEqualTo(1));
        assertThat(scripted.mostInFlight()).isLessThanOrEqualTo((int) before + 4);
    }

    private int jobCount(UUID id) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM scheduled_tasks WHERE task_name = 'generation' AND task_instance = ?",
                Integer.class, id.toString());
        return count == null ? 0 : count;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aSlotThatFreesWakesTheGenerationWaitingForItInsteadOfLeavingItToItsNextLook() {
        scripted.limit = 1;
        CountDownLatch first = scripted.holdNextSubmit();
        UUID sending = generations.submit(order()).id();
        awaitRequest(sending);
        UUID waiting = generations.submit(order()).id();
        Await.until(() -> generations.get(waiting).error(), error -> error != null && error.startsWith("Waiting for a free slot"),
                Duration.ofSeconds(20));
        // as if its next look were an hour away: only the freed slot can bring it forward
        Await.until(() -> jdbc.update("UPDATE scheduled_tasks SET execution_time = ? WHERE task_instance = ? AND picked = false",
                java.sql.Timestamp.from(Instant.now().plus(Duration.ofHours(1))), waiting.toString()), updated -> updated == 1,
                Duration.ofSeconds(20));

        first.countDown();

        assertThat(finished(sending).status()).isEqualTo(GenerationStatus.SUCCEEDED);
        assertThat(finished(waiting).status()).isEqualTo(GenerationStatus.SUCCEEDED);
        assertThat(scripted.requestsFor(waiting)).isEqualTo(1);
    }
}
