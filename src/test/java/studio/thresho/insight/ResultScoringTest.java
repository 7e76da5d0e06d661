package studio.thresho.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import studio.thresho.asset.AssetDetail;
import studio.thresho.generation.ConsistencyVerdict;
import studio.thresho.generation.ResultReview;
import studio.thresho.generation.ResultScoreService;
import studio.thresho.generation.ScoringProgress;
import studio.thresho.generation.TalentScore;
import studio.thresho.insight.face.FaceModel;
import studio.thresho.security.SystemAuthentication;
import studio.thresho.security.TestLogins;
import studio.thresho.testsupport.Await;
import studio.thresho.testsupport.FacePhotos;
import studio.thresho.testsupport.IntegrationTest;
import studio.thresho.testsupport.Workspace;

/**
 * The scoring job on the real database: a generation that completes is scored in the background
 * against the headshots of the exact talent versions cast in it, and generation keeps the score.
 */
@IntegrationTest
class ResultScoringTest {

    @Autowired
    ResultScoreService scores;
    @Autowired
    ScoringJobs jobs;
    @Autowired
    FacePhotos photos;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Workspace workspace;

    private AssetDetail eileen;
    private AssetDetail cameraman;

    @BeforeEach
    void twoTalentsWithPhotoHeadshots() {
        workspace.editorInNewProject("Scoring");
        eileen = photos.talent("Eileen", "astronaut");
        cameraman = photos.talent("Cameraman", "camera");
    }

    @AfterEach
    void signOut() {
        TestLogins.logout();
    }

    @Test
    void aCompletedGenerationIsScoredInTheBackgroundAgainstEachTalentsHeadshot() {
        String pair = photos.photo("astronaut-and-cameraman");
        UUID id = photos.generated(List.of(cameraman, eileen), pair);

        ResultReview review = photos.scored(id, 1).get(pair);

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
        String other = photos.photo("camera");
        String coffee = photos.photo("coffee");
        UUID id = photos.generated(List.of(eileen), other, coffee);

        Map<String, ResultReview> reviews = photos.scored(id, 2);

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
        String astronaut = photos.photo("astronaut");
        UUID id = photos.generated(List.of(eileen), astronaut);
        photos.scored(id, 1);

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
    void aRatingAndAScoreReachingANewResultAtTheSameMomentAreBothKept() throws Exception {
        org.springframework.security.core.context.SecurityContext editor = org.springframework.security.core.context.SecurityContextHolder.getContext();
        for (int round = 0; round < 4; round++) {
            String astronaut = photos.photo("astronaut");
            UUID id = photos.generated(List.of(eileen), astronaut);
            jdbc.update("DELETE FROM result_scores WHERE generation_id = ?", id.toString());
            java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
            java.util.concurrent.ExecutorService both = java.util.concurrent.Executors.newFixedThreadPool(2);
            try {
                java.util.concurrent.Future<?> rating = both.submit(() -> {
                    org.springframework.security.core.context.SecurityContextHolder.setContext(editor);
                    together.await();
                    return scores.rate(id, astronaut, 3);
                });
                java.util.concurrent.Future<?> scoring = both.submit(() -> {
                    together.await();
                    studio.thresho.security.SystemAuthentication.runAsSystem(() -> scores.keep(id, List.of(new studio.thresho.generation.MeasuredScore(astronaut,
                            FaceModel.NAME, ConsistencyVerdict.CONSISTENT, 90, 0.5, 0.6, List.of()))));
                    return null;
                });
                rating.get(30, java.util.concurrent.TimeUnit.SECONDS);
                scoring.get(30, java.util.concurrent.TimeUnit.SECONDS);
            } finally {
                both.shutdownNow();
            }
            ResultReview review = scores.reviews(List.of(id)).get(id).get(astronaut);
            assertThat(review.rating()).isEqualTo(3);
            assertThat(review.scoredAt()).isNotNull();
        }
    }

    @Test
    void ratingsOutsideOneToFiveAndForeignImagesAreRefused() {
        String astronaut = photos.photo("astronaut");
        UUID id = photos.generated(List.of(eileen), astronaut);

        assertThatThrownBy(() -> scores.rate(id, astronaut, 6)).hasMessageContaining("from 1 to 5");
        assertThatThrownBy(() -> scores.rate(id, "f".repeat(64), 3))
                .hasMessageContaining("not a result of this generation");
    }

    @Test
    void resultsMadeBeforeScoringExistedAreScoredByTheBackgroundSweepWithProgress() {
        String astronaut = photos.photo("astronaut");
        UUID id = photos.generated(List.of(eileen), astronaut);
        photos.scored(id, 1);
        // as if the result had been made before scoring existed: no score, and no job queued for it
        Instant deleted = Instant.now();
        jdbc.update("DELETE FROM result_scores WHERE generation_id = ?", id.toString());

        ResultReview review = photos.scored(id, 1).get(astronaut);

        assertThat(review.scoredAt()).isAfter(deleted);
        assertThat(review.verdict()).isEqualTo(ConsistencyVerdict.CONSISTENT);
        assertThat(SystemAuthentication.runAsSystem(() -> scores.unscored(1000))).doesNotContain(id);
        ScoringProgress progress = scores.progress();
        assertThat(progress.scored()).isPositive().isLessThanOrEqualTo(progress.total());
    }

    @Test
    void aGenerationWithoutATalentIsNotScored() {
        UUID id = photos.generated(List.of(), photos.photo("astronaut"));

        assertThat(SystemAuthentication.runAsSystem(() -> scores.work(id))).isEmpty();
        assertThat(scores.reviews(List.of(id))).isEmpty();
    }
}
