package studio.thresho.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import studio.thresho.asset.AssetDetail;
import studio.thresho.generation.ResultScoreService;
import studio.thresho.project.ProjectSummary;
import studio.thresho.security.TestLogins;
import studio.thresho.testsupport.FacePhotos;
import studio.thresho.testsupport.IntegrationTest;
import studio.thresho.testsupport.Workspace;

/** Each success metric from seeded events on the real database, edge cases included, and a talent's consistency trend. */
@IntegrationTest
class InsightsServiceTest {

    @Autowired
    InsightsService insights;
    @Autowired
    InsightEventRecorder recorder;
    @Autowired
    ResultScoreService scores;
    @Autowired
    FacePhotos photos;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Workspace workspace;

    private UUID project;
    private final Instant now = Instant.now();

    @BeforeEach
    void editorInAProjectOfItsOwn() {
        ProjectSummary created = workspace.editorInNewProject("Insights");
        project = created.id();
    }

    @AfterEach
    void signOut() {
        TestLogins.logout();
    }

    @Test
    void withoutEventsEveryMetricHasNoDataRatherThanZero() {
        Map<Metric, MetricResult> metrics = metrics(InsightPeriod.DAYS_30);

        assertThat(metrics.get(Metric.TALENT_REUSE).value()).as("no generations").isNull();
        assertThat(metrics.get(Metric.CONSISTENCY_RATING).value()).isNull();
        assertThat(metrics.get(Metric.TIME_TO_ADD_TALENT).value()).isNull();
        assertThat(metrics.get(Metric.SEARCH_SUCCESS).value()).isNull();
        assertThat(metrics.get(Metric.ASSETS_PER_PROJECT).value()).as("a project with no asset has 0").isEqualTo(0d);
        assertThat(metrics.get(Metric.SEARCH_SUCCESS).trend()).hasSize(6).allSatisfy(point -> assertThat(point.value()).isNull());
    }

    @Test
    void assetsCreatedPerProjectCountOnlyThePeriod() {
        seed(EventKind.ASSET_CREATED, Duration.ofHours(20), null, null, 6);
        seed(EventKind.ASSET_CREATED, Duration.ofDays(40), null, null, 3);

        assertThat(metrics(InsightPeriod.DAYS_30).get(Metric.ASSETS_PER_PROJECT).value()).isEqualTo(6d);
        assertThat(metrics(InsightPeriod.DAYS_30).get(Metric.ASSETS_PER_PROJECT).met()).isTrue();
        assertThat(metrics(InsightPeriod.DAYS_90).get(Metric.ASSETS_PER_PROJECT).value()).isEqualTo(9d);
        assertThat(metrics(InsightPeriod.DAYS_7).get(Metric.ASSETS_PER_PROJECT).trend().getLast().value()).isEqualTo(6d);
    }

    @Test
    void talentReuseIsTheShareOfGenerationsWithLibraryTalent() {
        seed(EventKind.GENERATION, Duration.ofDays(2), null, 1L, 3);
        seed(EventKind.GENERATION, Duration.ofDays(2), null, 0L, 1);

        MetricResult reuse = metrics(InsightPeriod.DAYS_7).get(Metric.TALENT_REUSE);

        assertThat(reuse.value()).isEqualTo(75d);
        assertThat(reuse.sample()).isEqualTo(4);
        assertThat(reuse.met()).isTrue();
    }

    @Test
    void timeToAddTalentIsTheAverageFromOpeningTheFormToItsFirstSave() {
        seed(EventKind.TALENT_ADDED, Duration.ofHours(3), null, Duration.ofMinutes(2).toMillis(), 1);
        seed(EventKind.TALENT_ADDED, Duration.ofHours(2), null, Duration.ofMinutes(5).toMillis(), 1);

        MetricResult time = metrics(InsightPeriod.DAYS_7).get(Metric.TIME_TO_ADD_TALENT);

        assertThat(time.value()).isCloseTo(3.5, within(0.001));
        assertThat(time.met()).as("target is under 3 minutes").isFalse();
    }

    @Test
    void aSearchSucceedsOnlyWhenOneOfItsResultsIsOpenedBeforeAnotherSearchInTheSameVisit() {
        UUID found = UUID.randomUUID();
        seedAt(EventKind.LIBRARY_SEARCH, now.minusSeconds(60), found);
        seedAt(EventKind.LIBRARY_RESULT_OPENED, now.minusSeconds(50), found);
        UUID retried = UUID.randomUUID();
        seedAt(EventKind.LIBRARY_SEARCH, now.minusSeconds(60), retried);
        seedAt(EventKind.LIBRARY_SEARCH, now.minusSeconds(55), retried);
        seedAt(EventKind.LIBRARY_RESULT_OPENED, now.minusSeconds(50), retried);
        UUID abandoned = UUID.randomUUID();
        seedAt(EventKind.LIBRARY_SEARCH, now.minusSeconds(40), abandoned);
        UUID elsewhere = UUID.randomUUID();
        seedAt(EventKind.LIBRARY_RESULT_OPENED, now.minusSeconds(30), elsewhere);
        recorder.flush();

        MetricResult search = metrics(InsightPeriod.DAYS_7).get(Metric.SEARCH_SUCCESS);

        assertThat(search.sample()).isEqualTo(4);
        assertThat(search.value()).as("2 of 4 searches: the retried visit's first and the abandoned one failed").isEqualTo(50d);
    }

    @Test
    void eventsOfTheAppAreRecordedInBatchesWithTheUserAndProject() {
        AssetDetail eileen = photos.talent("Eileen", "astronaut");
        photos.generated(List.of(eileen), photos.photo("astronaut"));
        recorder.flush();

        assertThat(jdbc.queryForList("SELECT kind FROM insight_events WHERE project_id = ?", String.class, project.toString()))
                .contains("asset_created", "generation");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM insight_events WHERE project_id = ? AND user_id IS NULL", Long.class,
                project.toString())).isZero();
        assertThat(metrics(InsightPeriod.DAYS_7).get(Metric.TALENT_REUSE).value()).isEqualTo(100d);
    }

    @Test
    void aTalentsTrendHasOnePointPerScoredResultWithFlaggedOnesMarkedAndItsBestProvider() {
        AssetDetail eileen = photos.talent("Eileen", "astronaut");
        String same = photos.photo("astronaut");
        String other = photos.photo("camera");
        UUID generation = photos.generated(List.of(eileen), same, other);
        photos.scored(generation, 2);

        TalentConsistency trend = insights.talent(eileen.lineageId(), InsightPeriod.DAYS_7, project).orElseThrow();

        assertThat(trend.results()).isEqualTo(2);
        assertThat(trend.trend()).extracting(TalentConsistency.Point::flagged).containsExactlyInAnyOrder(false, true);
        assertThat(trend.trend()).allSatisfy(point -> assertThat(point.version()).isEqualTo("v" + eileen.version()));
        assertThat(trend.mostConsistentProvider()).isEqualTo(trend.trend().getFirst().providerId());
        assertThat(insights.talents(InsightPeriod.DAYS_7, project)).extracting(TalentConsistency::lineageId).containsExactly(eileen.lineageId());
        assertThat(insights.talent(UUID.randomUUID(), InsightPeriod.DAYS_7, project)).isEmpty();
    }

    private Map<Metric, MetricResult> metrics(InsightPeriod period) {
        return insights.metrics(period, project).stream().collect(Collectors.toMap(MetricResult::metric, Function.identity()));
    }

    private void seed(EventKind kind, Duration ago, UUID visit, Long amount, int times) {
        for (int i = 0; i < times; i++) {
            recorder.record(new InsightEvent(kind, now.minus(ago), null, project, visit, amount));
        }
        recorder.flush();
    }

    private void seedAt(EventKind kind, Instant at, UUID visit) {
        recorder.record(new InsightEvent(kind, at, null, project, visit, null));
    }
}
