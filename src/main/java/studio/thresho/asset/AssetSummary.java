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
 * @param role          a talent's role ("Lead Barber"), or null
 * @param keyFacts      the category's key attributes that have a value, label to value, in the order the preview shows them
 */
public record AssetSummary(UUID lineageId, String name, String slug, UUID categoryId, String categoryName, String categoryIcon,
                           CategoryKind kind, boolean global, String primaryImageKey, int usageCount, boolean draft,
                           java.time.Instant createdAt, java.time.Instant lastUsedAt, java.util.List<String> tags,
                           String version, boolean activeIsLatest, int versionCount, String role,
                           java.util.Map<String, String> keyFacts) {

    public AssetSummary {
        keyFacts = keyFacts == null ? java.util.Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(keyFacts));
    }

    /** "Marcus (Lead Barber)" for a talent with a role, else the name. */
    public String nameWithRole() {
        return role == null || role.isBlank() ? name : name + " (" + role + ")";
    }

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
    static AssetSummary of(AssetLineage lineage, AssetVersion version, CategoryNode category, java.util.List<String> tags, int versionCount,
                           java.util.Map<String, Object> values) {
        return new AssetSummary(lineage.getId(), version.getName(), lineage.getSlug(), category.id(), category.name(),
                category.icon(), category.kind(), lineage.getProjectId() == null, version.getPrimaryImagePath(),
                lineage.getUsageCount(), version.isDraft(), lineage.getCreatedAt(), lineage.getLastUsedAt(), tags,
                version.getVersion(), version.getId().equals(lineage.getLatestVersionId()), versionCount,
                values.get("role") instanceof String role && !role.isBlank() ? role : null, KeyFacts.of(category, values));
    }
}
