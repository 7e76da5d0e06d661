package studio.thresho.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import studio.thresho.asset.AssetDetail;
import studio.thresho.asset.AssetDraft;
import studio.thresho.asset.AssetService;
import studio.thresho.asset.ImageDraft;
import studio.thresho.asset.ImageType;
import studio.thresho.asset.VersionRequest;
import studio.thresho.generation.ConsistencyVerdict;
import studio.thresho.generation.GenerationOrder;
import studio.thresho.generation.GenerationService;
import studio.thresho.generation.ResultReview;
import studio.thresho.generation.ResultScoreService;
import studio.thresho.generation.TalentScore;
import studio.thresho.generation.UsedAsset;
import studio.thresho.generation.provider.ProviderResult;
import studio.thresho.generation.provider.ProviderStatus;
import studio.thresho.insight.face.FaceModel;
import studio.thresho.media.MediaService;
import studio.thresho.security.SystemAuthentication;
import studio.thresho.security.TestLogins;
import studio.thresho.testsupport.Await;
import studio.thresho.testsupport.IntegrationTest;
import studio.thresho.testsupport.ScriptedProvider;
import studio.thresho.testsupport.Workspace;

/**
 * The scoring job on the real database: a generation that completes is scored in the background
 * against the headshots of the exact talent versions cast in it, and generation keeps the score.
 */
@IntegrationTest
class ResultScoringTest {

    @Autowired
    GenerationService generations;
    @Autowired
    ResultScoreService scores;
    @Autowired
    AssetService assets;
    @Autowired
    MediaService media;
    @Autowired
    ScriptedProvider scripted;
    @Autowired
    ScoringJobs jobs;
    @Autowired
    Workspace workspace;

    private AssetDetail eileen;
    private AssetDetail cameraman;

    @BeforeEach
    void twoTalentsWithPhotoHeadshots() {
        workspace.editorInNewProject("Scoring");
        eileen = talent("Eileen", "astronaut");
        cameraman = talent("Cameraman", "camera");
    }

    @AfterEach
    void signOut() {
        TestLogins.logout();
    }

    private AssetDetail talent(String name, String photo) {
        String headshot = photo(photo);
        return assets.save(AssetDraft.create(workspace.category("talent"), name, Map.of("physical_description", "as photographed")),
                List.of(new ImageDraft(headshot, ImageType.HEADSHOT, null, null)), VersionRequest.proposed());
    }

    private String photo(String name) {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("insight/photos/" + name + ".png")) {
            return media.ingest(name + ".png", in.readAllBytes()).key();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static UsedAsset cast(AssetDetail talent) {
        return new UsedAsset(talent.lineageId(), talent.versionId(), talent.version(), "talent", talent.name(), Map.of());
    }

    /** A generation whose provider answers with the given stored images. */
    private UUID generated(List<AssetDetail> talents, String... resultKeys) {
        scripted.nextPlan(ProviderStatus.succeeded(Arrays.stream(resultKeys).map(key -> ProviderResult.stored(key, 1L)).toList()));
        GenerationOrder order = new GenerationOrder(ScriptedProvider.ID, talents.stream().map(ResultScoringTest::cast).toList(),
                "a shot", "a shot", null, List.of(), "1:1", resultKeys.length, 1L, null, null, List.of());
        return generations.submit(order).id();
    }

    private UUID finished(UUID id) {
        Await.until(() -> generations.get(id), view -> view.status().finished(), Duration.ofSeconds(30));
        return id;
    }

    private Map<String, ResultReview> scored(UUID generationId, int results) {
        return Await.until(() -> scores.reviews(List.of(generationId)).getOrDefault(generationId, Map.of()),
                reviews -> reviews.size() == results && reviews.values().stream().allMatch(ResultReview::scored), Duration.ofSeconds(60));
    }

    @Test
    void aCompletedGenerationIsScoredInTheBackgroundAgainstEachTalentsHeadshot() {
        String pair = photo("astronaut-and-cameraman");
        UUID id = generated(List.of(cameraman, eileen), pair);

        ResultReview review = scored(id, 1).get(pair);

        assertThat(review.verdict()).isEqualTo(ConsistencyVerdict.CONSISTENT);
        assertThat(review.model()).isEqualTo(FaceModel.NAME);
        assertThat(review.consistentBelow()).isEqualTo(0.5);
        assertThat(review.differentAbove()).isEqualTo(0.6);
        assertThat(review.talents()).extracting(TalentScore::name).containsExactly("Cameraman", "Eileen");
        assertThat(review.talents()).allSatisfy(talent -> {
            assertThat(talent.verdict()).isEqualTo(ConsistencyVerdict.CONSISTENT);
            assertThat(talent.similarity()).isGreaterThan(80);
        });
        assertThat(review.talents().getFirst().versionId()).isEqualTo(cameraman.versionId());
        assertThat(scores.progress().scored()).isPositive();
    }

    @Test
    void aDifferentPersonIsFlaggedAndAPhotoWithoutAFaceIsAVerdictNotAnError() {
        String other = photo("camera");
        String coffee = photo("coffee");
        UUID id = generated(List.of(eileen), other, coffee);

        Map<String, ResultReview> reviews = scored(id, 2);

        assertThat(reviews.get(other).verdict()).isEqualTo(ConsistencyVerdict.DIFFERENT_PERSON);
        assertThat(reviews.get(other).flagged()).isTrue();
        assertThat(reviews.get(other).similarity()).isLessThan(40);
        assertThat(reviews.get(coffee).verdict()).isEqualTo(ConsistencyVerdict.NO_FACE);
        assertThat(reviews.get(coffee).similarity()).isNull();
        assertThat(reviews.get(coffee).flagged()).isFalse();
        assertThat(scores.flagged(10)).containsExactly(id);
    }

    @Test
    void aRatingIsKeptBesideTheMeasuredScoreAndRescoringKeepsIt() {
        String astronaut = photo("astronaut");
        UUID id = generated(List.of(eileen), astronaut);
        scored(id, 1);

        ResultReview rated = scores.rate(id, astronaut, 4);
        jobs.queue(id);

        assertThat(rated.rating()).isEqualTo(4);
        assertThat(rated.verdict()).isEqualTo(ConsistencyVerdict.CONSISTENT);
        ResultReview again = Await.until(() -> scores.reviews(List.of(id)).get(id).get(astronaut),
                review -> review.scoredAt().isAfter(rated.scoredAt()), Duration.ofSeconds(60));
        assertThat(again.rating()).isEqualTo(4);
        assertThat(again.verdict()).isEqualTo(ConsistencyVerdict.CONSISTENT);
    }

    @Test
    void ratingsOutsideOneToFiveAndForeignImagesAreRefused() {
        String astronaut = photo("astronaut");
        UUID id = finished(generated(List.of(eileen), astronaut));

        assertThatThrownBy(() -> scores.rate(id, astronaut, 6)).hasMessageContaining("from 1 to 5");
        assertThatThrownBy(() -> scores.rate(id, "f".repeat(64), 3))
                .hasMessageContaining("not a result of this generation");
    }

    @Test
    void aGenerationWithoutATalentIsNotScored() {
        UUID id = finished(generated(List.of(), photo("astronaut")));

        assertThat(SystemAuthentication.runAsSystem(() -> scores.work(id))).isEmpty();
        assertThat(scores.reviews(List.of(id))).isEmpty();
    }
}
