package studio.thresho.generation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import studio.thresho.asset.AssetDetail;
import studio.thresho.asset.AssetDraft;
import studio.thresho.asset.AssetService;
import studio.thresho.asset.AssetUsageService;
import studio.thresho.asset.ImageSet;
import studio.thresho.asset.ImageType;
import studio.thresho.asset.VersionRequest;
import studio.thresho.media.TestImages;
import studio.thresho.provider.ProviderReference;
import studio.thresho.provider.ProviderStatus;
import studio.thresho.provider.storyboard.StoryboardProvider;
import studio.thresho.media.MediaService;
import studio.thresho.security.TestLogins;
import studio.thresho.testsupport.Await;
import studio.thresho.testsupport.IntegrationTest;
import studio.thresho.testsupport.ScriptedProvider;

/** Generation records, usage, and the background job against the database: submit, poll, restart, cancel, fail. */
@IntegrationTest
class GenerationServiceTest {

    @Autowired
    GenerationService generations;
    @Autowired
    ResultPromotionService promotions;
    @Autowired
    GenerationJobs jobs;
    @Autowired
    AssetService assets;
    @Autowired
    AssetUsageService usage;
    @Autowired
    MediaService media;
    @Autowired
    ScriptedProvider scripted;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    studio.thresho.testsupport.Workspace workspace;

    private AssetDetail marcus;
    private AssetDetail shop;

    @BeforeEach
    void marcusAndTheShop() {
        workspace.editorInNewProject("Generate");
        marcus = withImage(AssetDraft.create(workspace.category("talent"), "Marcus", Map.of("physical_description", "Black male, mid-30s")),
                ImageType.HEADSHOT, 701);
        shop = withImage(AssetDraft.create(workspace.category("environment"), "Downtown Shop", Map.of("description", "brick walls")),
                ImageType.REFERENCE, 702);
    }

    private AssetDetail withImage(AssetDraft draft, ImageType type, long seed) {
        String key = media.ingest("i" + seed + ".png", TestImages.png(80, 80, seed)).key();
        return assets.save(draft, ImageSet.empty().add(key, type, null, null).images(), VersionRequest.proposed());
    }

    @AfterEach
    void signOut() {
        TestLogins.logout();
    }

    static final UUID THRESHO_BRAND = UUID.fromString("00000000-0000-4000-8000-000000000401");

    /** Marcus fading a hairline in the shop, with the user's edit of the prompt, a fixed seed and the studio's brand. */
    private PlanRequest order(String provider, int images) {
        return new PlanRequest(provider, List.of(new PlanPick(Slot.TALENT, marcus.lineageId(), null, Map.of("action", "fading a hairline")),
                PlanPick.of(Slot.ENVIRONMENT, shop.lineageId())), null, THRESHO_BRAND, "16:9", images, SeedChoice.fixed(7),
                "Marcus fading a hairline in Downtown Shop, edited.", null, Set.of());
    }

    private GenerationView finished(UUID id) {
        return Await.until(() -> generations.get(id), view -> view.status().finished(), Duration.ofSeconds(30));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void theOfflineStoryboardFinishesWithStoredFramesAndTheRecordKeepsTheExactVersions() {
        GenerationView queued = generations.submit(order(StoryboardProvider.ID, 2));
        assertThat(queued.status()).isEqualTo(GenerationStatus.QUEUED);

        GenerationView done = finished(queued.id());

        assertThat(done.status()).isEqualTo(GenerationStatus.SUCCEEDED);
        assertThat(done.results()).hasSize(2).allSatisfy(result -> assertThat(media.find(result.mediaKey())).isPresent());
        assertThat(done.results()).extracting(GeneratedImage::seed).containsExactly(7L, 8L);
        assertThat(done.assets()).extracting(UsedAsset::versionId).containsExactly(marcus.versionId(), shop.versionId());
        assertThat(done.prompt()).endsWith("edited.");
        assertThat(done.references()).extracting(SentReference::role, SentReference::method).containsExactly(
                tuple("character", SentReference.Method.IMAGE),
                tuple("environment", SentReference.Method.IMAGE));
        assertThat(done.promptEdited()).isTrue();
        assertThat(done.negativePrompt()).as("the storyboard takes no negative prompt").isNull();
        assertThat(done.completedAt()).isAfterOrEqualTo(done.createdAt());
        assertThat(assets.get(marcus.lineageId()).usageCount()).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT JSON_VALUE(context_data, '$.action') FROM asset_usage WHERE generation_record_id = ? "
                + "AND asset_id = ?", String.class, done.id().toString(), marcus.versionId().toString())).isEqualTo("fading a hairline");
        assertThat(usage.history(marcus.lineageId(), 5)).singleElement()
                .satisfies(use -> assertThat(use.generationRecordId()).isEqualTo(done.id()));
    }

    @Test
    void aPollingProviderIsFollowedAndItsResultDownloaded() {
        GenerationView queued = generations.submit(order(ScriptedProvider.ID, 1));

        GenerationView done = finished(queued.id());

        assertThat(done.status()).isEqualTo(GenerationStatus.SUCCEEDED);
        assertThat(done.negativePrompt()).as("the brand's negative terms").contains("watermark");
        assertThat(scripted.submitted.stream().filter(request -> request.recordId().equals(done.id())).findFirst().orElseThrow()
                .references()).as("Marcus's headshot and the shop's picture").hasSize(2);
        assertThat(done.seed()).isEqualTo(4242L);
        assertThat(media.find(done.results().getFirst().mediaKey())).isPresent();
        assertThat(scripted.polls.get(ScriptedProvider.ID + "-" + done.id())).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aDeliveredResultIsKeptRetryableWhileTheDiskIsFull() {
        scripted.fullDiskFetches.set(2);
        GenerationView queued = generations.submit(order(ScriptedProvider.ID, 1));

        GenerationView waiting = Await.until(() -> generations.get(queued.id()),
                view -> view.error() != null && view.error().contains("storage is full") || view.status().finished(), Duration.ofSeconds(30));
        assertThat(waiting.status().finished()).as("billed results are not given up").isFalse();
        assertThat(waiting.error()).contains("delivered the results", "kept");

        GenerationView done = finished(queued.id());
        assertThat(done.status()).isEqualTo(GenerationStatus.SUCCEEDED);
        assertThat(done.error()).isNull();
        assertThat(media.find(done.results().getFirst().mediaKey())).isPresent();
    }

    @Test
    void aJobLeftRunningWhenTheApplicationStopsResumesAtTheNextStart() {
        scripted.nextPlan(ProviderStatus.running(10), ProviderStatus.running(40), ProviderStatus.running(80), ScriptedProvider.oneResult());
        GenerationView queued = generations.submit(order(ScriptedProvider.ID, 1));
        String external = ScriptedProvider.ID + "-" + queued.id();
        Instant deadline = Instant.now().plusSeconds(20);
        while (scripted.polls.getOrDefault(external, 0) < 1 && Instant.now().isBefore(deadline)) {
            sleep(50);
        }

        jobs.stop();
        GenerationView stopped = generations.get(queued.id());
        assertThat(stopped.status().finished()).isFalse();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM scheduled_tasks WHERE task_instance = ?", Integer.class,
                queued.id().toString())).isEqualTo(1);
        jobs.start();

        assertThat(finished(queued.id()).status()).isEqualTo(GenerationStatus.SUCCEEDED);
        // db-scheduler removes the finished one-time task just after the handler has marked the job done
        assertThat(Await.until(() -> jdbc.queryForObject("SELECT COUNT(*) FROM scheduled_tasks WHERE task_instance = ?",
                Integer.class, queued.id().toString()), count -> count == 0, Duration.ofSeconds(10))).isZero();
    }

    @Test
    void cancellingStopsTheJobAndAsksTheProviderToStop() {
        scripted.nextPlan(ProviderStatus.running(5));
        GenerationView queued = generations.submit(order(ScriptedProvider.ID, 1));
        String external = ScriptedProvider.ID + "-" + queued.id();
        Instant deadline = Instant.now().plusSeconds(20);
        while (scripted.polls.getOrDefault(external, 0) < 1 && Instant.now().isBefore(deadline)) {
            sleep(50);
        }

        GenerationView cancelled = generations.cancel(queued.id());

        assertThat(cancelled.status()).isEqualTo(GenerationStatus.CANCELLED);
        assertThat(scripted.cancelled).contains(external);
        int polls = scripted.polls.get(external);
        sleep(600);
        assertThat(scripted.polls.get(external)).isLessThanOrEqualTo(polls + 1);
        assertThat(generations.get(queued.id()).status()).isEqualTo(GenerationStatus.CANCELLED);
        assertThatThrownBy(() -> generations.cancel(queued.id())).hasMessageContaining("finished already");
    }

    @Test
    void failuresAndRefusalsKeepTheProvidersReason() {
        scripted.nextPlan(ProviderStatus.failed("Content moderated: the request was flagged"));
        GenerationView failed = finished(generations.submit(order(ScriptedProvider.ID, 1)).id());
        assertThat(failed.status()).isEqualTo(GenerationStatus.FAILED);
        assertThat(failed.error()).isEqualTo("Content moderated: the request was flagged");

        scripted.refuseNext("Insufficient credits");
        GenerationView refused = finished(generations.submit(order(ScriptedProvider.ID, 1)).id());
        assertThat(refused.error()).isEqualTo("Scripted (tests) refused the request: Insufficient credits");
    }

    @Test
    void aSubmitThatTimedOutIsNotSentAgainUntilTheUserResubmits() {
        scripted.timeOutNext();
        GenerationView uncertain = finished(generations.submit(order(ScriptedProvider.ID, 1)).id());

        assertThat(uncertain.status()).isEqualTo(GenerationStatus.SUBMISSION_UNCERTAIN);
        assertThat(uncertain.error()).contains("may still be running and billed");
        long sent = scripted.submitted.stream().filter(request -> request.recordId().equals(uncertain.id())).count();
        assertThat(sent).isEqualTo(1);

        GenerationView again = generations.resubmit(uncertain.id());
        assertThat(again.status()).isEqualTo(GenerationStatus.QUEUED);
        assertThat(finished(uncertain.id()).status()).isEqualTo(GenerationStatus.SUCCEEDED);
        assertThatThrownBy(() -> generations.resubmit(uncertain.id())).hasMessageContaining("submission is uncertain");
    }

    @Test
    void generationsBeyondTheProvidersLimitWaitForAFreeSlot() {
        scripted.limit = 1;
        try {
            scripted.nextPlan(ProviderStatus.running(10));
            GenerationView first = generations.submit(order(ScriptedProvider.ID, 1));
            Instant deadline = Instant.now().plusSeconds(20);
            while (!generations.get(first.id()).status().equals(GenerationStatus.RUNNING) && Instant.now().isBefore(deadline)) {
                sleep(50);
            }
            GenerationView second = generations.submit(order(ScriptedProvider.ID, 1));
            sleep(800);

            GenerationView waiting = generations.get(second.id());
            assertThat(waiting.status()).isEqualTo(GenerationStatus.QUEUED);
            assertThat(waiting.error()).contains("Waiting for a free slot", "limit 1");
            generations.cancel(first.id());
            assertThat(finished(second.id()).status()).isEqualTo(GenerationStatus.SUCCEEDED);
        } finally {
            scripted.limit = 4;
        }
    }

    @Test
    void referencesBeyondTheProvidersImageCountTravelAsTextAndTheRecordSaysHow() {
        AssetDetail sofia = withImage(AssetDraft.create(workspace.category("talent"), "Sofia", Map.of("physical_description", "Latina stylist")),
                ImageType.HEADSHOT, 703);
        PlanRequest order = PlanRequest.of(ScriptedProvider.ID, List.of(PlanPick.of(Slot.TALENT, marcus.lineageId()),
                PlanPick.of(Slot.TALENT, sofia.lineageId()), PlanPick.of(Slot.ENVIRONMENT, shop.lineageId())));

        GenerationView done = finished(generations.submit(order).id());

        assertThat(done.references()).extracting(SentReference::method)
                .containsExactly(SentReference.Method.IMAGE, SentReference.Method.IMAGE, SentReference.Method.TEXT);
        assertThat(scripted.submitted.stream().filter(request -> request.recordId().equals(done.id())).findFirst().orElseThrow()
                .references()).extracting(ProviderReference::assetName).containsExactly("Marcus", "Sofia");
    }

    @Test
    void aResultIsAnimatedIntoAClipThatKeepsItsStillAndTheAssetVersionsBehindIt() {
        GenerationView still = finished(generations.submit(order(StoryboardProvider.ID, 1)).id());
        String frame = still.results().getFirst().mediaKey();

        GenerationView clip = finished(generations.animate(new VideoOrder(ScriptedProvider.ID, frame, "Marcus turns to the camera", "16:9",
                5, 9L, still.id(), null)).id());

        assertThat(clip.status()).isEqualTo(GenerationStatus.SUCCEEDED);
        assertThat(clip.video()).isTrue();
        assertThat(clip.results()).singleElement().satisfies(result -> {
            assertThat(result.video()).isTrue();
            assertThat(media.find(result.mediaKey()).orElseThrow().mimeType()).isEqualTo("video/mp4");
        });
        assertThat(clip.assets()).extracting(UsedAsset::versionId).containsExactly(marcus.versionId(), shop.versionId());
        assertThat(clip.references()).singleElement().extracting(SentReference::mediaKey).isEqualTo(frame);
        var request = scripted.videos.stream().filter(video -> video.recordId().equals(clip.id())).findFirst().orElseThrow();
        assertThat(request.sourceMediaKey()).isEqualTo(frame);
        assertThat(request.durationSeconds()).isEqualTo(5);
        assertThat(assets.get(marcus.lineageId()).usageCount()).isEqualTo(2);

        assertThatThrownBy(() -> generations.animate(new VideoOrder(StoryboardProvider.ID, frame, "x", "16:9", 5, null, null, null)))
                .hasMessageContaining("does not make videos");
        assertThatThrownBy(() -> generations.animate(new VideoOrder(ScriptedProvider.ID, frame, "x", "16:9", 7, null, null, null)))
                .hasMessageContaining("5 or 10 seconds");
        String video = clip.results().getFirst().mediaKey();
        assertThatThrownBy(() -> generations.animate(new VideoOrder(ScriptedProvider.ID, video, "x", "16:9", 5, null, null, null)))
                .hasMessageContaining("Only a still image");
    }

    @Test
    void badOrdersAreRefusedWithAReason() {
        assertThatThrownBy(() -> generations.submit(order(ScriptedProvider.ID, 3))).hasMessageContaining("makes 1 to 2 images");
        assertThatThrownBy(() -> generations.submit(order("nobody", 1))).hasMessageContaining("not known");
        PlanRequest empty = PlanRequest.of(StoryboardProvider.ID, List.of()).withEditedPrompt(" ");
        assertThatThrownBy(() -> generations.submit(empty)).hasMessageContaining("prompt is empty");
        PlanRequest tooLong = PlanRequest.of(ScriptedProvider.ID, List.of()).withEditedPrompt("x".repeat(1001));
        assertThatThrownBy(() -> generations.submit(tooLong)).hasMessageContaining("takes at most 1000");
        assertThatThrownBy(() -> generations.submit(order(ScriptedProvider.ID, 1).withImages("4:5", 1))).hasMessageContaining("not 4:5");
        assertThatThrownBy(() -> generations.submit(PlanRequest.of(ScriptedProvider.ID, List.of(PlanPick.of(Slot.TALENT, shop.lineageId())))))
                .hasMessageContaining("Downtown Shop is not talent");
    }

    @Test
    void aResultBecomesAReferenceImageOrTheHeadshotOfAnAssetAsANewVersion() {
        GenerationView done = finished(generations.submit(order(StoryboardProvider.ID, 1)).id());
        String frame = done.results().getFirst().mediaKey();

        AssetDetail promoted = promotions.promote(done.id(), frame, marcus.lineageId(), true);

        assertThat(promoted.version()).as("replacing the headshot is a major change").isEqualTo("2.0.0");
        assertThat(promoted.imagesOf(ImageType.HEADSHOT)).extracting(image -> image.mediaKey()).containsExactly(frame);
        assertThat(promoted.imagesOf(ImageType.REFERENCE)).extracting(image -> image.mediaKey()).as("the old headshot stays as a reference")
                .contains(marcus.imagesOf(ImageType.HEADSHOT).getFirst().mediaKey());
        assertThat(promoted.versionNotes()).contains("saved as the headshot", "Storyboard (offline)");
        assertThatThrownBy(() -> promotions.promote(done.id(), "f".repeat(64), marcus.lineageId(), false))
                .hasMessageContaining("not a result of this generation");
    }
}
