package studio.thresho.generation;

import java.util.UUID;

/**
 * What the Animate dialog submits: a still (a result or a reference image) to turn into a clip.
 *
 * @param sourceGenerationId the generation the still came from, so the clip records the same asset versions; or null
 * @param sourceAsset        the asset a reference still belongs to (its active version is recorded); or null
 */
public record VideoOrder(String providerId, String sourceMediaKey, String prompt, String ratio, int durationSeconds, Long seed,
                         UUID sourceGenerationId, UsedAsset sourceAsset) {
}
