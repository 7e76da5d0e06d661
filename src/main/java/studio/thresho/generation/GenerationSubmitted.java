package studio.thresho.generation;

import java.util.UUID;

/**
 * Published when a generation was submitted.
 *
 * @param libraryTalent whether it cast at least one talent from the library
 */
public record GenerationSubmitted(UUID generationId, UUID projectId, String providerId, boolean libraryTalent) {
}
