package studio.thresho.provider;

import java.util.UUID;

/**
 * An image-to-video submission: a still (a generated result or a reference image) animated as the
 * prompt says.
 *
 * @param sourceMediaKey the still in the media store
 * @param ratio          the provider's ratio notation, e.g. "1280:720" (Runway) or "16:9"
 */
public record VideoRequest(UUID recordId, String prompt, String sourceMediaKey, String ratio, int durationSeconds, Long seed, String model) {
}
