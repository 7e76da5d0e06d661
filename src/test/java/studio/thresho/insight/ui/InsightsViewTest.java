package studio.thresho.insight.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import studio.thresho.asset.AssetDetail;
import studio.thresho.insight.EventKind;
import studio.thresho.insight.InsightEvent;
import studio.thresho.insight.InsightEventRecorder;
import studio.thresho.project.ProjectSummary;
import studio.thresho.security.TestLogins;
import studio.thresho.testsupport.FacePhotos;
import studio.thresho.testsupport.KaribuTest;
import studio.thresho.testsupport.Workspace;

class InsightsViewTest extends KaribuTest {

    @Autowired
    Workspace workspace;
    @Autowired
    FacePhotos photos;
    @Autowired
    InsightEventRecorder recorder;

    private AssetDetail eileen;
    private ProjectSummary project;

    @BeforeEach
    void eileenGeneratedAndScored() {
        project = workspace.editorInNewProject("Insights page");
        eileen = photos.talent("Eileen", "astronaut");
        UUID generation = photos.generated(List.of(eileen), photos.photo("astronaut"), photos.photo("camera"));
        photos.scored(generation, 2);
        recorder.record(new InsightEvent(EventKind.TALENT_ADDED, Instant.now(), null, project.id(), null, 90_000L));
        recorder.flush();
    }

    @Test
    void eachMetricShowsItsValueAgainstItsTargetWithATrendChart() {
        UI.getCurrent().navigate("insights");

        List<String> cards = _find(com.vaadin.flow.component.html.Div.class, spec -> spec.withClasses("metric-card")).stream()
                .map(card -> card.getElement().getTextRecursively()).toList();
        assertThat(cards).hasSize(5);
        assertThat(cards).anySatisfy(text -> assertThat(text).contains("Time to add new talent").contains("1.5 min").contains("< 3 minutes"));
        assertThat(cards).anySatisfy(text -> assertThat(text).contains("Talent reuse rate").contains("100%"));
        assertThat(cards).anySatisfy(text -> assertThat(text).contains("Library search success").contains("No data yet"));
        assertThat(_find(Svg.class, spec -> spec.withClasses("metric-chart"))).hasSize(5)
                .allSatisfy(svg -> assertThat(svg.getElement().getProperty("innerHTML", "") + svg.getElement().getOuterHTML()).contains("<svg"));
        assertThat(_find(Anchor.class)).anySatisfy(link -> assertThat(link.getHref()).isEqualTo("insights?talent=" + eileen.lineageId()));
        assertThat(_find(Svg.class, spec -> spec.withClasses("consistency-chart"))).isNotEmpty();
    }

    @Test
    void thePeriodAndScopeLiveInTheUrl() {
        UI.getCurrent().navigate("insights");
        InsightsView view = _get(InsightsView.class);

        view.period.setValue("7");
        _get(InsightsView.class).scope.setValue(InsightsView.STUDIO);

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters())
                .contains("period=7").contains("scope=studio");
        assertThat(_get(InsightsView.class).getElement().getTextRecursively()).contains("The whole studio").contains("last 7 days");
    }

    @Test
    void theTalentFilterShowsThatTalentsTrendByProviderAndByVersion() {
        UI.getCurrent().navigate("insights", com.vaadin.flow.router.QueryParameters.of(InsightsView.TALENT, eileen.lineageId().toString()));

        String text = _get(InsightsView.class).getElement().getTextRecursively();
        assertThat(text).contains("Eileen: consistency trend").contains("2 results").contains("1 flagged").contains("By provider")
                .contains("By version");
        assertThat(_find(Svg.class, spec -> spec.withClasses("consistency-chart"))).hasSize(2);
        assertThat(_find(Span.class, spec -> spec.withClasses("talent-summary"))).hasSize(1);
    }

    @Test
    void aTalentWithoutMeasuredResultsOrAnUnknownIdSaysSo() {
        UI.getCurrent().navigate("insights", com.vaadin.flow.router.QueryParameters.of(InsightsView.TALENT, UUID.randomUUID().toString()));

        assertThat(_get(InsightsView.class).getElement().getTextRecursively()).contains("No measured results for this talent");
    }

    @Test
    void aTalentsPageLinksToItsTrend() {
        UI.getCurrent().navigate("asset/" + eileen.lineageId());

        assertThat(_get(Anchor.class, spec -> spec.withClasses("insights-link")).getHref()).isEqualTo("insights?talent=" + eileen.lineageId());
    }

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void aLibrarySearchAndTheOpeningOfOneOfItsResultsAreRecordedForTheSameVisit() {
        navigateTo("?q=Eileen");
        UI.getCurrent().navigate("asset/" + eileen.lineageId());
        recorder.flush();

        List<java.util.Map<String, Object>> rows = jdbc.queryForList(
                "SELECT kind, visit_id FROM insight_events WHERE project_id = ? AND visit_id IS NOT NULL ORDER BY id", project.id().toString());
        assertThat(rows).extracting(row -> row.get("kind")).containsExactly("library_search", "library_result_opened");
        assertThat(rows.get(0).get("visit_id")).isEqualTo(rows.get(1).get("visit_id"));
    }

    @Test
    void viewersCannotOpenInsights() {
        openAs(TestLogins.VIEWER, "insights");

        LocatorJ._assertNone(InsightsView.class);
    }
}
