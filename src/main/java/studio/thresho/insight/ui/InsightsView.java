package studio.thresho.insight.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import studio.thresho.base.ui.EmptyState;
import studio.thresho.base.ui.ViewHeader;
import studio.thresho.insight.InsightPeriod;
import studio.thresho.insight.InsightsService;
import studio.thresho.insight.MetricResult;
import studio.thresho.insight.TalentConsistency;
import studio.thresho.project.CurrentProjectService;
import studio.thresho.project.ProjectSummary;
import studio.thresho.security.Role;

/**
 * Insights: the spec's success metrics against their targets, each with a trend, and the talents
 * most and least consistent with their consistency trend ({@code ?talent=<lineage>} shows one).
 * Period ({@code ?period=7|30|90}) and scope ({@code ?scope=project|studio}) live in the URL.
 */
@Route("insights")
@PageTitle("Insights · Thresho Studio")
@Menu(title = "Insights", order = 70, icon = "vaadin:chart-line")
@RolesAllowed(Role.Names.EDITOR)
class InsightsView extends Div implements BeforeEnterObserver {

    static final String TALENT = "talent";
    static final String PERIOD = "period";
    static final String SCOPE = "scope";
    static final String STUDIO = "studio";
    static final int SHOWN_TALENTS = 3;
    private static final Map<String, InsightPeriod> PERIODS = new LinkedHashMap<>(Map.of("7", InsightPeriod.DAYS_7));

    static {
        PERIODS.put("30", InsightPeriod.DAYS_30);
        PERIODS.put("90", InsightPeriod.DAYS_90);
    }

    final Select<String> period = new Select<>();
    final RadioButtonGroup<String> scope = new RadioButtonGroup<>();
    private final InsightsService insights;
    private final CurrentProjectService currentProject;
    private Map<String, String> parameters = Map.of();
    /** Set while render() fills the fields, so that is not taken for the user's choice. */
    private boolean rendering;

    InsightsView(InsightsService insights, CurrentProjectService currentProject) {
        this.insights = insights;
        this.currentProject = currentProject;
        addClassName("page");
        addClassName("insights-page");
        period.setLabel("Period");
        period.setItems(PERIODS.keySet());
        period.setItemLabelGenerator(key -> PERIODS.get(key).label());
        period.addValueChangeListener(change -> go(PERIOD, change.getValue()));
        scope.setLabel("Scope");
        scope.setItemLabelGenerator(key -> STUDIO.equals(key) ? "Whole studio" : "This project");
        scope.addValueChangeListener(change -> go(SCOPE, change.getValue()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        parameters = new LinkedHashMap<>();
        event.getLocation().getQueryParameters().getParameters().forEach((key, values) -> parameters.put(key, values.getFirst()));
        render();
    }

    private void render() {
        removeAll();
        Optional<ProjectSummary> project = currentProject.current();
        String periodKey = PERIODS.containsKey(parameters.get(PERIOD)) ? parameters.get(PERIOD) : "30";
        boolean studio = project.isEmpty() || STUDIO.equals(parameters.get(SCOPE));
        InsightPeriod chosen = PERIODS.get(periodKey);
        UUID projectId = studio ? null : project.get().id();
        add(new ViewHeader("Insights", (studio ? "The whole studio" : project.get().name()) + " · " + chosen.label().toLowerCase(Locale.ENGLISH)));

        rendering = true;
        period.setValue(periodKey);
        scope.setItems(project.isPresent() ? List.of("project", STUDIO) : List.of(STUDIO));
        scope.setValue(studio ? STUDIO : "project");
        rendering = false;
        Div controls = new Div(period, scope);
        controls.addClassName("insights-controls");
        add(controls);

        Optional<UUID> talent = talentParameter();
        if (talent.isPresent()) {
            add(talentSection(talent.get(), chosen, projectId));
            return;
        }
        add(new H3("Success metrics"));
        Div metrics = new Div();
        metrics.addClassName("insights-metrics");
        insights.metrics(chosen, projectId).forEach(metric -> metrics.add(metricCard(metric)));
        add(metrics);
        add(consistencySection(insights.talents(chosen, projectId)));
    }

    private Optional<UUID> talentParameter() {
        try {
            return Optional.ofNullable(parameters.get(TALENT)).map(UUID::fromString);
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    private Div metricCard(MetricResult metric) {
        Div card = new Div();
        card.addClassName("metric-card");
        card.add(new H4(metric.metric().title()));
        Span value = new Span(metric.value() == null ? "No data yet" : format(metric.value()) + metric.metric().unit());
        value.addClassNames("metric-value", metric.value() == null ? "metric-empty" : metric.met() ? "metric-met" : "metric-missed");
        Span target = new Span("Target " + metric.metric().target() + " · " + metric.sample() + " measured");
        target.addClassName("metric-target");
        card.add(value, target);
        if (!metric.note().isEmpty()) {
            Span note = new Span(metric.note());
            note.addClassName("metric-note");
            card.add(note);
        }
        card.add(Charts.trend(metric));
        return card;
    }

    private Div consistencySection(List<TalentConsistency> talents) {
        Div section = new Div(new H3("Talent consistency"));
        section.addClassName("insights-consistency");
        if (talents.isEmpty()) {
            section.add(new EmptyState(VaadinIcon.USER_CHECK, "No measured results yet",
                    "Generations that cast a talent are scored in the background; their consistency appears here."));
            return section;
        }
        List<TalentConsistency> most = talents.subList(0, Math.min(SHOWN_TALENTS, talents.size()));
        List<TalentConsistency> least = talents.reversed().stream().filter(each -> !most.contains(each)).limit(SHOWN_TALENTS).toList();
        section.add(new H4("Most consistent"));
        most.forEach(each -> section.add(talentCard(each)));
        if (!least.isEmpty()) {
            section.add(new H4("Least consistent"));
            least.forEach(each -> section.add(talentCard(each)));
        }
        return section;
    }

    private Div talentSection(UUID lineageId, InsightPeriod chosen, UUID projectId) {
        Div section = new Div();
        section.addClassName("insights-talent");
        Anchor all = new Anchor("insights", "All insights");
        section.add(all);
        Optional<TalentConsistency> talent = insights.talent(lineageId, chosen, projectId);
        if (talent.isEmpty()) {
            section.add(new EmptyState(VaadinIcon.USER_CHECK, "No measured results for this talent",
                    "No generation in this period and scope cast it with a scored result: try a longer period or the whole studio."));
            return section;
        }
        section.add(new H3(talent.get().name() + ": consistency trend"), talentSummary(talent.get()),
                new H4("By provider"), Charts.consistency(talent.get(), TalentConsistency.Point::providerId),
                new H4("By version"), Charts.consistency(talent.get(), TalentConsistency.Point::version));
        return section;
    }

    private Div talentCard(TalentConsistency talent) {
        Div card = new Div();
        card.addClassName("talent-consistency");
        Anchor name = new Anchor("insights?" + TALENT + "=" + talent.lineageId(), talent.name());
        card.add(new H4(name), talentSummary(talent), Charts.consistency(talent, TalentConsistency.Point::providerId));
        return card;
    }

    private static Span talentSummary(TalentConsistency talent) {
        long flagged = talent.trend().stream().filter(TalentConsistency.Point::flagged).count();
        Span summary = new Span("Average similarity " + format(talent.averageSimilarity()) + "/100 over " + talent.results()
                + (talent.results() == 1 ? " result" : " results") + " · " + flagged + " flagged · most consistent with "
                + talent.mostConsistentProvider());
        summary.addClassName("talent-summary");
        return summary;
    }

    private void go(String key, String value) {
        if (rendering || value == null) {
            return;
        }
        Map<String, String> changed = new LinkedHashMap<>(parameters);
        changed.put(key, value);
        UI.getCurrent().navigate("insights", QueryParameters.simple(changed));
    }

    static String format(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ENGLISH, "%.1f", value);
    }
}
