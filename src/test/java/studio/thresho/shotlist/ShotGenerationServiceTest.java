package studio.thresho.shotlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import studio.thresho.asset.AssetDetail;
import studio.thresho.asset.AssetUsageService;
import studio.thresho.asset.ConsistencyService;
import studio.thresho.asset.UsageEntry;
import studio.thresho.generation.SentReference;
import studio.thresho.base.UserFacingException;
import studio.thresho.generation.GenerationStatus;
import studio.thresho.generation.GenerationView;
import studio.thresho.generation.PlanPick;
import studio.thresho.generation.Slot;
import studio.thresho.generation.UsedAsset;
import studio.thresho.security.TestLogins;
import studio.thresho.testsupport.Await;
import studio.thresho.testsupport.IntegrationTest;
import studio.thresho.testsupport.ScriptedProvider;
import studio.thresho.provider.storyboard.StoryboardProvider;

/** Generating a list's shots on the database: the quote, one request per shot, no double send, the provider's limit, frames. */
@IntegrationTest
class ShotGenerationServiceTest {

    @Autowired
    ShotListService lists;
    @Autowired
    ShotService shots;
    @Autowired
    CastingService casting;
    @Autowired
    ShotGenerationService generating;
    @Autowired
    ShotFrameReferences frameReferences;
    @Autowired
    ScriptedProvider scripted;
    @Autowired
    CastingFixture fixture;
    @Autowired
    ConsistencyService consistency;
    @Autowired
    AssetUsageService usage;

    private AssetDetail marcus;

    @BeforeEach
    void marcus() {
        fixture.editorInNewProject();
        marcus = fixture.talent("Marcus", 911);
    }

    @AfterEach
    void signOut() {
        scripted.limit = 4;
        scripted.monthlyCap = null;
        TestLogins.logout();
    }

    private ShotListSummary listOf(String provider, int count) {
        ShotListSummary list = lists.create(new ShotListDraft("Spot " + UUID.randomUUID(), null, ShotListStatus.DRAFT, null, provider, null));
        for (int i = 0; i < count; i++) {
            ShotRow row = shots.add(list.id(), null);
            shots.update(row.id(), row.lockVersion(), ShotDraft.of(row).withTitle("Shot " + (i + 1)));
            casting.castSlot(row.id(), Slot.TALENT, List.of(PlanPick.of(Slot.TALENT, marcus.lineageId())));
        }
        return list;
    }

    private Map<UUID, ShotFrames> allFinished(UUID listId) {
        return Await.until(() -> generating.frames(listId), frames -> frames.values().stream()
                .allMatch(shot -> !shot.generations().isEmpty() && !shot.busy()), Duration.ofSeconds(60));
    }

    @Test
    void theOfflineStoryboardGeneratesEveryShotWithTheExactVersionsAndAFrameIsPicked() {
        ShotListSummary list = listOf(StoryboardProvider.ID, 2);

        BatchQuote quote = generating.quote(list.id(), Set.of());
        assertThat(quote.summary()).isEqualTo("Generate 2 shots: 2 free requests to Storyboard (offline).");
        assertThat(quote.paidRequests()).isZero();
        assertThat(generating.generate(list.id(), quote).sent()).isEqualTo(2);

        Map<UUID, ShotFrames> frames = allFinished(list.id());
        assertThat(frames.values()).allSatisfy(shot -> {
            assertThat(shot.generations()).singleElement().satisfies(generation -> {
                assertThat(generation.status()).isEqualTo(GenerationStatus.SUCCEEDED);
                assertThat(generation.assets()).extracting(UsedAsset::versionId).containsExactly(marcus.versionId());
            });
            assertThat(shot.results()).isNotEmpty();
        });

        ShotFrames first = frames.values().iterator().next();
        String key = first.results().getFirst().mediaKey();
        generating.selectFrame(first.shotId(), key);
        assertThat(generating.frames(list.id()).get(first.shotId()).selectedFrameKey()).isEqualTo(key);
        assertThat(lists.get(list.id()).selectedFrames()).containsExactly(key);
        assertThat(frameReferences.referenced(List.of(key, "0".repeat(64)))).containsExactly(key);

        ShotFrames second = List.copyOf(frames.values()).get(1);
        assertThatThrownBy(() -> generating.selectFrame(second.shotId(), key)).isInstanceOf(UserFacingException.class)
                .hasMessage("That image is not one of this shot's results.");

        generating.generate(list.id(), generating.quote(list.id(), Set.of(first.shotId())));
        ShotFrames regenerated = Await.until(() -> generating.frames(list.id()).get(first.shotId()),
                shot -> shot.generations().size() == 2 && !shot.busy(), Duration.ofSeconds(60));
        assertThat(regenerated.results()).as("regenerating keeps the earlier results").hasSizeGreaterThan(first.results().size());
        assertThat(regenerated.selectedFrameKey()).isEqualTo(key);
    }

    @Test
    void aSecondClickWhileTheShotIsGeneratingSendsNothing() {
        ShotListSummary list = listOf(ScriptedProvider.ID, 1);
        BatchQuote quote = generating.quote(list.id(), Set.of());
        assertThat(quote.summary()).isEqualTo("Generate 1 shot: 1 paid request to " + scripted.displayName() + " (no monthly cap).");
        CountDownLatch held = scripted.holdNextSubmit();
        int before = scripted.submitted.size();

        assertThat(generating.generate(list.id(), quote).sent()).isEqualTo(1);
        ShotGenerationService.BatchOutcome again = generating.generate(list.id(), quote);
        assertThat(again.sent()).isZero();
        assertThat(again.skipped()).isEqualTo(1);
        assertThat(generating.quote(list.id(), Set.of()).summary()).isEqualTo("Nothing to generate: 1 shots are still generating.");

        held.countDown();
        Map<UUID, ShotFrames> frames = allFinished(list.id());
        assertThat(frames.values().iterator().next().generations()).hasSize(1);
        assertThat(scripted.submitted.size() - before).isEqualTo(1);
    }

    @Test
    void aBatchNeverHasMoreInFlightThanTheProvidersLimitAndEachShotIsSentOnce() {
        scripted.limit = 2;
        scripted.resetInFlight();
        ShotListSummary list = listOf(ScriptedProvider.ID, 5);

        assertThat(generating.generate(list.id(), generating.quote(list.id(), Set.of())).sent()).isEqualTo(5);

        Map<UUID, ShotFrames> frames = allFinished(list.id());
        assertThat(scripted.mostInFlight()).isLessThanOrEqualTo(2);
        for (ShotFrames shot : frames.values()) {
            GenerationView generation = shot.generations().getFirst();
            assertThat(shot.generations()).hasSize(1);
            assertThat(scripted.requestsFor(generation.id())).isEqualTo(1);
        }
    }

    @Test
    void cancellingTheBatchStopsWhatHasNotFinished() {
        ShotListSummary list = listOf(ScriptedProvider.ID, 1);
        CountDownLatch held = scripted.holdNextSubmit();
        generating.generate(list.id(), generating.quote(list.id(), Set.of()));

        assertThat(generating.cancelBatch(list.id())).isEqualTo(1);
        held.countDown();

        ShotFrames shot = allFinished(list.id()).values().iterator().next();
        assertThat(shot.latestStatus()).isEqualTo(GenerationStatus.CANCELLED);
        assertThat(BatchProgress.of(List.of(shot)).summary()).isEqualTo("0 done · 0 running · 0 queued · 1 failed");
        assertThat(generating.cancelBatch(list.id())).isZero();
    }

    @Test
    void everyShotOfTheSameTalentUsesTheTalentsKeptSeedAndTheSameReferences() {
        consistency.saveSeed(marcus.lineageId(), StoryboardProvider.ID, 424_242L);
        ShotListSummary list = listOf(StoryboardProvider.ID, 2);

        generating.generate(list.id(), generating.quote(list.id(), Set.of()));

        List<GenerationView> made = allFinished(list.id()).values().stream().map(shot -> shot.generations().getFirst()).toList();
        assertThat(made).hasSize(2).allSatisfy(generation -> assertThat(generation.seed()).isEqualTo(424_242L));
        assertThat(made.get(0).references()).isNotEmpty();
        assertThat(made.get(0).references()).extracting(SentReference::mediaKey)
                .containsExactlyElementsOf(made.get(1).references().stream().map(SentReference::mediaKey).toList());
    }

    @Test
    void aShotsResultsAreInTheTalentsUsageUnderTheShotAndItsSelectedFrameIsKeptFromTheMediaSweep() {
        ShotListSummary list = listOf(StoryboardProvider.ID, 1);
        generating.generate(list.id(), generating.quote(list.id(), Set.of()));
        ShotFrames shot = allFinished(list.id()).values().iterator().next();
        String frame = shot.results().getFirst().mediaKey();
        generating.selectFrame(shot.shotId(), frame);

        List<UsageEntry> history = usage.history(marcus.lineageId(), 10);
        assertThat(history).filteredOn(entry -> shot.generations().getFirst().id().equals(entry.generationRecordId())).singleElement()
                .satisfies(entry -> {
                    assertThat(entry.shotId()).isEqualTo(shot.shotId());
                    assertThat(entry.resultKeys()).contains(frame);
                });
        assertThat(frameReferences.referenced(List.of(frame))).containsExactly(frame);
    }

    @Test
    void theQuoteNamesTheMonthlyCapLeftForAPaidProvider() {
        scripted.monthlyCap = 7;
        ShotListSummary list = listOf(ScriptedProvider.ID, 2);

        BatchQuote quote = generating.quote(list.id(), Set.of());

        assertThat(quote.paidRequests()).isEqualTo(2);
        assertThat(quote.shares()).singleElement().satisfies(share -> assertThat(share.capLeft()).isEqualTo(7L));
        assertThat(quote.summary()).isEqualTo("Generate 2 shots: 2 paid requests to " + scripted.displayName() + " (7 of the monthly cap left).");
        scripted.monthlyCap = 1;
        assertThat(generating.quote(list.id(), Set.of()).summary()).endsWith("(1 of the monthly cap left; the shots beyond it will be refused).");
    }

    @Test
    void aBatchBeyondTheMonthlyCapSendsWhatTheCapAllowsAndNamesEachRefusedShot() {
        scripted.monthlyCap = 2;
        ShotListSummary list = listOf(ScriptedProvider.ID, 3);
        int before = scripted.submitted.size();

        ShotGenerationService.BatchOutcome outcome = generating.generate(list.id(), generating.quote(list.id(), Set.of()));

        assertThat(outcome.sent()).isEqualTo(2);
        assertThat(outcome.refused()).singleElement().asString().startsWith("3: This project has sent 2 paid requests to "
                + scripted.displayName() + " this month; the cap is 2.");
        Map<UUID, ShotFrames> frames = Await.until(() -> generating.frames(list.id()), all -> all.values().stream()
                .filter(shot -> !shot.generations().isEmpty()).allMatch(shot -> !shot.busy()), Duration.ofSeconds(60));
        assertThat(frames.values()).extracting(shot -> shot.generations().size()).containsExactly(1, 1, 0);
        assertThat(scripted.submitted.size() - before).isEqualTo(2);
    }

    @Test
    void aListLongerThanOneTransactionIsSentWholeWithOneUsePerShot() {
        int count = ShotGenerationService.CHUNK + 2;
        ShotListSummary list = listOf(StoryboardProvider.ID, count);
        long usesBefore = usage.history(marcus.lineageId(), 1000).size();

        assertThat(generating.generate(list.id(), generating.quote(list.id(), Set.of())).sent()).isEqualTo(count);

        Map<UUID, ShotFrames> frames = allFinished(list.id());
        assertThat(frames.values()).allSatisfy(shot -> assertThat(shot.generations()).hasSize(1));
        assertThat(usage.history(marcus.lineageId(), 1000).size() - usesBefore).as("one use per shot's generation").isEqualTo(count);
    }

    @Autowired
    ShotPlanningService planning;

    @Test
    void planningTheWholeListGivesEachShotThePlanItGetsAlone() {
        consistency.saveSeed(marcus.lineageId(), StoryboardProvider.ID, 77L);
        ShotListSummary list = listOf(StoryboardProvider.ID, 3);

        Map<UUID, studio.thresho.generation.GenerationPlan> all = planning.planAll(list.id());

        assertThat(all.keySet()).containsExactlyElementsOf(shots.rows(list.id()).stream().map(ShotRow::id).toList());
        all.forEach((shotId, plan) -> {
            studio.thresho.generation.GenerationPlan alone = planning.plan(shotId);
            assertThat(plan.prompt()).isEqualTo(alone.prompt());
            assertThat(plan.references()).isEqualTo(alone.references());
            assertThat(plan.assets()).isEqualTo(alone.assets());
            assertThat(plan.seed()).isEqualTo(77L);
        });
    }
}
