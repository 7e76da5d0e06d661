package studio.thresho.insight;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import studio.thresho.asset.AssetVersionService;
import studio.thresho.generation.ResultScoreService;
import studio.thresho.generation.ScoredResult;
import studio.thresho.generation.TalentScore;
import studio.thresho.project.ProjectService;
import studio.thresho.security.Role;

/**
 * The Insights page's numbers: the five success metrics over a period, in one project or the whole
 * studio (projectId null), from the recorded events and the results' scores and ratings.
 */
@Service
@PreAuthorize("hasRole('" + Role.Names.EDITOR + "')")
public class InsightsService {

    private static final String EVENTS = "SELECT kind, occurred_at, user_id, project_id, visit_id, amount FROM insight_events WHERE occurred_at >= ?";

    private final JdbcTemplate jdbc;
    private final ResultScoreService scores;
    private final ProjectService projects;
    private final AssetVersionService versions;
    private final java.time.Clock clock;

    InsightsService(JdbcTemplate jdbc, ResultScoreService scores, ProjectService projects, AssetVersionService versions) {
        this.jdbc = jdbc;
        this.versions = versions;
        this.scores = scores;
        this.projects = projects;
        this.clock = java.time.Clock.systemUTC();
    }

    public List<MetricResult> metrics(InsightPeriod period, UUID projectId) {
        Instant now = clock.instant();
        Instant since = period.since(now);
        List<InsightEvent> events = events(since, projectId);
        List<ScoredResult> results = scores.history(since, projectId);
        int projectCount = projectId != null ? 1 : projects.activeProjects().size();
        List<MetricResult> metrics = new ArrayList<>();
        for (Metric metric : Metric.values()) {
            List<MetricResult.Point> trend = new ArrayList<>();
            for (int bucket = 0; bucket < period.buckets(); bucket++) {
                Instant from = since.plus(period.bucket().multipliedBy(bucket));
                Instant to = bucket == period.buckets() - 1 ? now.plusNanos(1) : from.plus(period.bucket());
                trend.add(new MetricResult.Point(from, MetricCalculator.value(metric,
                        events.stream().filter(event -> within(event.occurredAt(), from, to)).toList(),
                        results.stream().filter(result -> within(result.generatedAt(), from, to)).toList(), projectCount)));
            }
            metrics.add(new MetricResult(metric, MetricCalculator.value(metric, events, results, projectCount),
                    MetricCalculator.sample(metric, events, results), note(metric, results), trend));
        }
        return metrics;
    }

    /** Every talent with a measured result in the period, most consistent first. */
    public List<TalentConsistency> talents(InsightPeriod period, UUID projectId) {
        Map<UUID, List<TalentResult>> byTalent = new LinkedHashMap<>();
        for (ScoredResult result : scores.history(period.since(clock.instant()), projectId)) {
            for (TalentScore talent : result.review().talents()) {
                if (talent.similarity() != null) {
                    byTalent.computeIfAbsent(talent.lineageId(), id -> new ArrayList<>()).add(new TalentResult(result, talent));
                }
            }
        }
        return byTalent.entrySet().stream().map(entry -> consistency(entry.getKey(), entry.getValue(), versionNumbers(entry.getKey())))
                .sorted(Comparator.comparingDouble(TalentConsistency::averageSimilarity).reversed()).toList();
    }

    public Optional<TalentConsistency> talent(UUID lineageId, InsightPeriod period, UUID projectId) {
        return talents(period, projectId).stream().filter(talent -> talent.lineageId().equals(lineageId)).findFirst();
    }

    private Map<UUID, String> versionNumbers(UUID lineageId) {
        Map<UUID, String> numbers = new LinkedHashMap<>();
        versions.history(lineageId).forEach(version -> numbers.put(version.versionId(), "v" + version.version()));
        return numbers;
    }

    private static TalentConsistency consistency(UUID lineageId, List<TalentResult> results, Map<UUID, String> versionNumbers) {
        List<TalentConsistency.Point> trend = results.stream()
                .map(each -> new TalentConsistency.Point(each.result().generatedAt(), each.talent().similarity(), each.result().providerId(),
                        versionOf(each.talent(), versionNumbers), each.result().review().flagged()))
                .toList();
        Map<String, Double> byProvider = new LinkedHashMap<>();
        trend.stream().map(TalentConsistency.Point::providerId).distinct().forEach(provider -> byProvider.put(provider,
                trend.stream().filter(point -> point.providerId().equals(provider)).mapToInt(TalentConsistency.Point::similarity).average().orElse(0)));
        String best = byProvider.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        return new TalentConsistency(lineageId, results.getLast().talent().name(),
                trend.stream().mapToInt(TalentConsistency.Point::similarity).average().orElse(0), trend.size(), best, trend);
    }

    /** The version number a result cast ("v1.1.0"); a version deleted since shows the start of its id. */
    private static String versionOf(TalentScore talent, Map<UUID, String> versionNumbers) {
        return talent.versionId() == null ? "?"
                : versionNumbers.getOrDefault(talent.versionId(), talent.versionId().toString().substring(0, 8));
    }

    private static String note(Metric metric, List<ScoredResult> results) {
        if (metric != Metric.CONSISTENCY_RATING) {
            return "";
        }
        Double measured = MetricCalculator.measuredSimilarity(results);
        return measured == null ? "No measured score yet" : String.format(java.util.Locale.ENGLISH, "Measured similarity %.0f/100", measured);
    }

    private List<InsightEvent> events(Instant since, UUID projectId) {
        String sql = projectId == null ? EVENTS : EVENTS + " AND project_id = ?";
        Object[] arguments = projectId == null ? new Object[] {Timestamp.from(since)} : new Object[] {Timestamp.from(since), projectId.toString()};
        return jdbc.query(sql, (row, index) -> new InsightEvent(EventKind.ofDbValue(row.getString("kind")),
                row.getTimestamp("occurred_at").toInstant(), uuid(row.getString("user_id")), uuid(row.getString("project_id")),
                uuid(row.getString("visit_id")), row.getObject("amount") == null ? null : row.getLong("amount")), arguments);
    }

    private static boolean within(Instant at, Instant from, Instant to) {
        return !at.isBefore(from) && at.isBefore(to);
    }

    private static UUID uuid(String text) {
        return text == null ? null : UUID.fromString(text);
    }

    private record TalentResult(ScoredResult result, TalentScore talent) {
    }
}
