package studio.thresho.asset;

import java.time.Instant;
import java.util.UUID;

/**
 * One use of an asset: which version, when, and by which generation or shot (either may be gone since).
 *
 * @param shotList  for a shot, the name of its list when it was cast (kept after the list is renamed or deleted), else null
 * @param shotLabel for a shot, its label when it was cast, else null
 */
public record UsageEntry(Instant usedAt, String version, UUID generationRecordId, UUID shotId, String shotList, String shotLabel) {
}
