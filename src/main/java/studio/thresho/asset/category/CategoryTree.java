package studio.thresho.asset.category;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The categories as a tree, in memory: there are tens of them, not thousands. */
final class CategoryTree {

    private final Map<UUID, AssetCategory> byId = new HashMap<>();
    private final CategorySchemaCodec codec;

    CategoryTree(List<AssetCategory> all, CategorySchemaCodec codec) {
        this.codec = codec;
        all.forEach(category -> byId.put(category.getId(), category));
    }

    AssetCategory get(UUID id) {
        return byId.get(id);
    }

    UUID rootOf(UUID id) {
        UUID current = id;
        while (byId.get(current).getParentId() != null) {
            current = byId.get(current).getParentId();
        }
        return current;
    }

    boolean isSameOrBelow(UUID candidate, UUID ancestor) {
        for (UUID current = candidate; current != null; current = byId.get(current).getParentId()) {
            if (current.equals(ancestor)) {
                return true;
            }
        }
        return false;
    }

    List<UUID> subtree(UUID id) {
        return byId.keySet().stream().filter(candidate -> isSameOrBelow(candidate, id)).toList();
    }

    List<FieldDefinition> inheritedFields(UUID id, CategorySchemaCodec codec) {
        List<FieldDefinition> fields = new ArrayList<>();
        for (UUID parent = byId.get(id).getParentId(); parent != null; parent = byId.get(parent).getParentId()) {
            fields.addAll(0, codec.read(byId.get(parent).getSchemaJson()));
        }
        return fields;
    }

    List<CategoryNode> nodes(Map<UUID, Long> assetCounts) {
        List<CategoryNode> ordered = new ArrayList<>();
        addChildren(null, 0, ordered, assetCounts);
        return ordered;
    }

    private void addChildren(UUID parentId, int depth, List<CategoryNode> out, Map<UUID, Long> assetCounts) {
        byId.values().stream()
                .filter(category -> java.util.Objects.equals(category.getParentId(), parentId))
                .sorted(Comparator.comparingInt(AssetCategory::getSortOrder).thenComparing(AssetCategory::getName))
                .forEach(category -> {
                    AssetCategory root = byId.get(rootOf(category.getId()));
                    out.add(new CategoryNode(category.getId(), category.getName(), category.getSlug(), category.getParentId(),
                            category.getIcon(), category.getSortOrder(), category.isSystem(),
                            CategoryKind.ofRootSlug(root.getSlug(), root.isSystem()), depth,
                            codec.read(category.getSchemaJson()), inheritedFields(category.getId(), codec),
                            assetCounts.getOrDefault(category.getId(), 0L),
                            category.getLockVersion() == null ? 0 : category.getLockVersion()));
                    addChildren(category.getId(), depth + 1, out, assetCounts);
                });
    }
}
