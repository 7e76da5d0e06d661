package studio.thresho.shotlist;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import studio.thresho.asset.AssetUsageService;
import studio.thresho.asset.AssetVersionService;

/**
 * Records a casting in the asset's usage history through the asset module (which never reads shot
 * tables): the version the chip resolves to, the shot, and a snapshot of the list's name and the
 * shot's label, which stay readable after the list is renamed or deleted.
 */
@Component
class CastUsage {

    private final AssetUsageService usage;
    private final AssetVersionService versions;

    CastUsage(AssetUsageService usage, AssetVersionService versions) {
        this.usage = usage;
        this.versions = versions;
    }

    void cast(StoredCast cast, String listName, String shotLabel) {
        Map<String, String> context = new LinkedHashMap<>(cast.context());
        context.put(AssetUsageService.SHOT_LIST_KEY, listName);
        context.put(AssetUsageService.SHOT_LABEL_KEY, shotLabel);
        usage.recordUse(versions.resolve(cast.lineageId(), cast.pinnedVersionId()).versionId(), null, cast.shotId(), context);
    }
}
