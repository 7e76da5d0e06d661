package studio.thresho.insight;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A talent's measured consistency over a period: the average similarity of its results, the
 * provider that keeps it most consistent, and its trend (one point per scored result, oldest first).
 */
public record TalentConsistency(UUID lineageId, String name, double averageSimilarity, int results, String mostConsistentProvider,
                                List<Point> trend) {

    /** One result: its similarity (0-100), provider, the talent version cast, and whether it was flagged for review. */
    public record Point(Instant at, int similarity, String providerId, String version, boolean flagged) {
    }
}
