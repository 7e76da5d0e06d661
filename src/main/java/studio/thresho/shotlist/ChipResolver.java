package studio.thresho.shotlist;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import studio.thresho.asset.AssetDetail;
import studio.thresho.asset.AssetImageView;
import studio.thresho.asset.AssetVersionService;

/**
 * Turns stored chips into what a row shows (name, picture, pinned and active version), reading each
 * asset once per request however many shots cast it.
 */
final class ChipResolver {

    private final AssetVersionService versions;
    private final Map<UUID, AssetDetail> active = new HashMap<>();
    private final Map<UUID, AssetDetail> exact = new HashMap<>();

    ChipResolver(AssetVersionService versions) {
        this.versions = versions;
    }

    CastChip chip(StoredCast cast) {
        AssetDetail current = active(cast.lineageId());
        AssetDetail pinned = cast.pinnedVersionId() == null ? null
                : exact.computeIfAbsent(cast.pinnedVersionId(), versions::exactVersion);
        AssetDetail shown = pinned == null ? current : pinned;
        String thumbnail = shown.primaryImage().map(AssetImageView::thumbnailUrl).orElse(null);
        return new CastChip(cast.id(), cast.shotId(), cast.slot(), cast.lineageId(), shown.name(), thumbnail, cast.pinnedVersionId(),
                pinned == null ? null : pinned.version(), current.versionId(), current.version(), cast.context());
    }

    AssetDetail active(UUID lineageId) {
        return active.computeIfAbsent(lineageId, lineage -> versions.resolve(lineage, null));
    }
}
