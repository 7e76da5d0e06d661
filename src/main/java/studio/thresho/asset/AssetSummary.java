package studio.thresho.asset;

import java.util.UUID;
import studio.thresho.asset.category.CategoryKind;

/** An asset as a library card shows it: its active version's name and image. */
public record AssetSummary(UUID lineageId, String name, String slug, UUID categoryId, String categoryName, String categoryIcon,
                           CategoryKind kind, boolean global, String primaryImageKey, int usageCount, boolean draft,
                           java.time.Instant createdAt, java.time.Instant lastUsedAt) {

    public String thumbnailUrl() {
        return primaryImageKey == null ? null : "/media/" + primaryImageKey + "/thumbnail";
    }
}
