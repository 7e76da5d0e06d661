package studio.thresho.generation;

import java.util.UUID;

/**
 * How one cast talent scored in one result.
 *
 * @param distance   face-descriptor distance to the talent's reference face; null without a face to compare
 * @param similarity 0-100 (100 = identical descriptors); null without a face to compare
 */
public record TalentScore(UUID lineageId, UUID versionId, String name, Double distance, Integer similarity,
                          ConsistencyVerdict verdict) {
}
