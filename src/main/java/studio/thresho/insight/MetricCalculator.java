package studio.thresho.insight;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import studio.thresho.generation.ScoredResult;

/** Computes each metric from the events and results of one stretch of time. */
final class MetricCalculator {

    private static final double MILLIS_PER_MINUTE = 60_000d;

    private MetricCalculator() {
    }

    /**
     * @param projects how many projects the assets are spread over (1 for a project's scope)
     */
    static Double value(Metric metric, List<InsightEvent> events, List<ScoredResult> results, int projects) {
        return switch (metric) {
            case ASSETS_PER_PROJECT -> projects == 0 ? null
                    : (double) of(events, EventKind.ASSET_CREATED).stream().filter(event -> event.projectId() != null).count() / projects;
            case TALENT_REUSE -> percent(of(events, EventKind.GENERATION).stream().filter(event -> Long.valueOf(1).equals(event.amount())).count(),
                    of(events, EventKind.GENERATION).size());
            case CONSISTENCY_RATING -> average(results.stream().map(result -> result.review().rating()).filter(Objects::nonNull)
                    .map(Integer::doubleValue).toList());
            case TIME_TO_ADD_TALENT -> average(of(events, EventKind.TALENT_ADDED).stream().map(InsightEvent::amount).filter(Objects::nonNull)
                    .map(millis -> millis / MILLIS_PER_MINUTE).toList());
            case SEARCH_SUCCESS -> searchSuccess(events);
        };
    }

    /** How many events or results the value rests on. */
    static long sample(Metric metric, List<InsightEvent> events, List<ScoredResult> results) {
        return switch (metric) {
            case ASSETS_PER_PROJECT -> of(events, EventKind.ASSET_CREATED).size();
            case TALENT_REUSE -> of(events, EventKind.GENERATION).size();
            case CONSISTENCY_RATING -> results.stream().filter(result -> result.review().rating() != null).count();
            case TIME_TO_ADD_TALENT -> of(events, EventKind.TALENT_ADDED).size();
            case SEARCH_SUCCESS -> of(events, EventKind.LIBRARY_SEARCH).size();
        };
    }

    /** The average measured similarity (0-100) of the scored results, null when none was measured. */
    static Double measuredSimilarity(List<ScoredResult> results) {
        return average(results.stream().map(result -> result.review().similarity()).filter(Objects::nonNull).map(Integer::doubleValue).toList());
    }

    /**
     * A search succeeded when, in the same page visit, the next thing that happened was opening one
     * of its results (not another search, not nothing).
     */
    static Double searchSuccess(List<InsightEvent> events) {
        Map<UUID, List<InsightEvent>> visits = events.stream()
                .filter(event -> event.visitId() != null
                        && (event.kind() == EventKind.LIBRARY_SEARCH || event.kind() == EventKind.LIBRARY_RESULT_OPENED))
                .collect(Collectors.groupingBy(InsightEvent::visitId));
        long searches = 0;
        long found = 0;
        for (List<InsightEvent> visit : visits.values()) {
            List<InsightEvent> ordered = visit.stream().sorted(Comparator.comparing(InsightEvent::occurredAt)).toList();
            for (int i = 0; i < ordered.size(); i++) {
                if (ordered.get(i).kind() == EventKind.LIBRARY_SEARCH) {
                    searches++;
                    if (i + 1 < ordered.size() && ordered.get(i + 1).kind() == EventKind.LIBRARY_RESULT_OPENED) {
                        found++;
                    }
                }
            }
        }
        return percent(found, searches);
    }

    private static List<InsightEvent> of(List<InsightEvent> events, EventKind kind) {
        return events.stream().filter(event -> event.kind() == kind).toList();
    }

    private static Double percent(long part, long whole) {
        return whole == 0 ? null : 100d * part / whole;
    }

    private static Double average(List<Double> values) {
        return values.isEmpty() ? null : values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    }
}
