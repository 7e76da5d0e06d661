package studio.thresho.asset;

import java.util.UUID;
import studio.thresho.asset.category.CategoryKind;
import studio.thresho.asset.category.CategoryNode;
import studio.thresho.media.MediaUrls;
import studio.thresho.media.MediaVariant;

/**
 * An asset as a library card shows it: its active version's name and image.
 *
 * @param version       the active version's number
 * @param activeIsLatest whether the active version is also the latest
 * @param versionCount  how many versions the asset has
 */
public record AssetSummary(UUID lineageId, String name, String slug, UUID categoryId, String categoryName, String categoryIcon,
                           CategoryKind kind, boolean global, String primaryImageKey, int usageCount, boolean draft,
                           java.time.Instant createdAt, java.time.Instant lastUsedAt, java.util.List<String> tags,
                           String version, boolean activeIsLatest, int versionCount) {

    /** The spec's version badge: "v2.1.0 (latest)", "v1.0.0 (active)". */
    public String versionBadge() {
        return "v" + version + (activeIsLatest ? " (latest)" : " (active)");
    }

    public String thumbnailUrl() {
        return primaryImageKey == null ? null : MediaUrls.of(primaryImageKey, MediaVariant.THUMBNAIL);
    }

    public String previewUrl() {
        return primaryImageKey == null ? null : MediaUrls.of(primaryImageKey, MediaVariant.PREVIEW);
    }

    /** The card of a lineage, showing its active version. */
    static AssetSummary of(AssetLineage lineage, AssetVersion version, CategoryNode category, java.util.List<String> tags, int versionCount) {
        return new AssetSummary(lineage.getId(), version.getName(), lineage.getSlug(), category.id(), category.name(),
                category.icon(), category.kind(), lineage.getProjectId() == null, version.getPrimaryImagePath(),
                lineage.getUsageCount(), version.isDraft(), lineage.getCreatedAt(), lineage.getLastUsedAt(), tags,
                version.getVersion(), version.getId().equals(lineage.getLatestVersionId()), versionCount);
    }
}
