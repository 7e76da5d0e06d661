package studio.thresho.asset.search;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What the index knows of an asset lineage (its active version).
 *
 * @param categoryPath   the asset's category and all its ancestors, so a filter on a category finds its sub-categories too
 * @param categoryName   the asset's own category, for sorting by category
 * @param scope          the project id, or {@link SearchQuery#GLOBAL_SCOPE}
 * @param attributesText every attribute and profile value as text, for search
 * @param importedInto   projects whose library references this global asset
 */
public record AssetDocument(UUID lineageId, String name, String description, List<String> tags, String attributesText,
                            List<UUID> categoryPath, String categoryName, String scope, List<String> importedInto, String source, Instant createdAt,
                            Instant lastUsedAt, int usageCount, boolean archived) {

    public AssetDocument {
        importedInto = importedInto == null ? List.of() : List.copyOf(importedInto);
    }
}
