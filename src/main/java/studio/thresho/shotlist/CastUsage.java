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

    static final String LIST_KEY = "shot_list";
    static final String LABEL_KEY = "shot_label";

    private final AssetUsageService usage;
    private final AssetVersionService versions;

    CastUsage(AssetUsageService usage, AssetVersionService versions) {
        this.usage = usage;
        this.versions = versions;
    }

    void cast(StoredCast cast, String listName, String shotLabel) {
        Map<String, String> context = new LinkedHashMap<>(cast.context());
        context.put(LIST_KEY, listName);
        context.put(LABEL_KEY, shotLabel);
        usage.recordUse(versions.resolve(cast.lineageId(), cast.pinnedVersionId()).versionId(), null, cast.shotId(), context);
    }
}
