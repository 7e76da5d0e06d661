package studio.thresho.asset;

import java.util.Map;
import java.util.UUID;

/**
 * One use of an exact asset version.
 *
 * @param generationRecordId the generation that used it, or null
 * @param shotId             the shot that used it, or null
 * @param context            the per-generation context given for the asset (action, area, ...)
 */
public record AssetUse(UUID versionId, UUID generationRecordId, UUID shotId, Map<String, String> context) {

    public AssetUse {
        context = context == null ? Map.of() : Map.copyOf(context);
    }
}
