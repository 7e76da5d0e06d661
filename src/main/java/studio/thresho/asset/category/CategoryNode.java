package studio.thresho.asset.category;

import java.util.List;
import java.util.UUID;

/**
 * A category as the tree shows it.
 *
 * @param ownFields       fields defined on this category
 * @param inheritedFields fields of its ancestors, root first
 * @param assetCount      asset lineages filed directly in it
 */
public record CategoryNode(UUID id, String name, String slug, UUID parentId, String icon, int sortOrder, boolean system,
                           CategoryKind kind, int depth, List<FieldDefinition> ownFields,
                           List<FieldDefinition> inheritedFields, long assetCount, long lockVersion) {

    /** Every field an asset of this category has: inherited first, then its own. */
    public List<FieldDefinition> effectiveFields() {
        return java.util.stream.Stream.concat(inheritedFields.stream(), ownFields.stream()).toList();
    }
}
