package studio.thresho.generation;

import java.util.Map;
import java.util.UUID;

/**
 * One asset version a generation used, with its role and the per-generation context given for it.
 *
 * @param role    talent, environment, lighting, prop, camera or style
 * @param context context field to text (action, expression, area, ...), empty ones left out
 */
public record UsedAsset(UUID lineageId, UUID versionId, String version, String role, String name, Map<String, String> context) {

    public UsedAsset {
        context = context == null ? Map.of() : Map.copyOf(context);
    }
}
