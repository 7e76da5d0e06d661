package studio.thresho.asset;

import java.time.Instant;
import java.util.UUID;

/** One use of an asset: which version, when, and by which generation or shot (either may be gone since). */
public record UsageEntry(Instant usedAt, String version, UUID generationRecordId, UUID shotId) {
}
