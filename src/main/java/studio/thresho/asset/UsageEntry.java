package studio.thresho.asset;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One use of an asset: which version, when, and by which generation or shot (either may be gone since).
 *
 * @param context    the per-generation context given for the asset (action, expression, ...)
 * @param resultKeys the media keys of the generation's results, once it completed; newest use first
 */
public record UsageEntry(Instant usedAt, String version, UUID generationRecordId, UUID shotId, Map<String, String> context,
                         List<String> resultKeys) {

    public UsageEntry {
        context = context == null ? Map.of() : Map.copyOf(context);
        resultKeys = resultKeys == null ? List.of() : List.copyOf(resultKeys);
    }

    public UsageEntry(Instant usedAt, String version, UUID generationRecordId, UUID shotId) {
        this(usedAt, version, generationRecordId, shotId, Map.of(), List.of());
    }

    /** For a shot, the name of its list when it was cast (kept after the list is renamed or deleted), else null. */
    public String shotList() {
        return context.get(AssetUsageService.SHOT_LIST_KEY);
    }

    /** For a shot, its label when it was cast, else null. */
    public String shotLabel() {
        return context.get(AssetUsageService.SHOT_LABEL_KEY);
    }
}
