package studio.thresho.generation;

import java.time.Instant;
import java.util.UUID;

/** One result's review with the generation it came from: when, in which project, by which provider. */
public record ScoredResult(UUID generationId, UUID projectId, String providerId, Instant generatedAt, ResultReview review) {
}
