package studio.thresho.asset;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import studio.thresho.asset.category.CategoryNode;
import studio.thresho.asset.search.AssetDocument;
import studio.thresho.asset.search.SearchQuery;

/** Builds the search documents of lineages from the database, a batch in a few queries whatever its size. */
@Component
class IndexDocuments {

    private final AssetReader reader;
    private final AssetLineageRepository lineages;
    private final AssetVersionRepository versions;
    private final JdbcTemplate jdbc;

    IndexDocuments(AssetReader reader, AssetLineageRepository lineages, AssetVersionRepository versions, JdbcTemplate jdbc) {
        this.reader = reader;
        this.lineages = lineages;
        this.versions = versions;
        this.jdbc = jdbc;
    }

    /** The documents of those lineages that exist and have an active version, by lineage id. */
    Map<UUID, AssetDocument> of(Collection<UUID> lineageIds) {
        if (lineageIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, CategoryNode> categories = reader.categories().stream().collect(Collectors.toMap(CategoryNode::id, node -> node));
        List<AssetLineage> found = lineages.findAllById(lineageIds).stream().filter(lineage -> lineage.getActiveVersionId() != null).toList();
        Map<UUID, AssetVersion> active = new HashMap<>();
        versions.findAllById(found.stream().map(AssetLineage::getActiveVersionId).toList()).forEach(version -> active.put(version.getId(), version));
        Map<UUID, Map<String, Object>> values = reader.values(new ArrayList<>(active.values()), version -> categories.get(version.getCategoryId()));
        Map<UUID, List<String>> imports = importsOf(found.stream().map(AssetLineage::getId).toList());
        Map<UUID, AssetDocument> documents = new HashMap<>();
        for (AssetLineage lineage : found) {
            AssetVersion version = active.get(lineage.getActiveVersionId());
            CategoryNode category = categories.get(version.getCategoryId());
            documents.put(lineage.getId(), new AssetDocument(lineage.getId(), version.getName(), version.getDescription(), reader.tags(version),
                    searchableText(values.get(version.getId())), categoryPath(category, categories), category.name(),
                    lineage.getProjectId() == null ? SearchQuery.GLOBAL_SCOPE : lineage.getProjectId().toString(),
                    imports.getOrDefault(lineage.getId(), List.of()), version.getSource(), lineage.getCreatedAt(), lineage.getLastUsedAt(),
                    lineage.getUsageCount(), lineage.isArchived()));
        }
        return documents;
    }

    /** The lineages whose active version is in one of the categories. */
    List<UUID> inCategories(Collection<UUID> categoryIds) {
        if (categoryIds.isEmpty()) {
            return List.of();
        }
        return jdbc.queryForList("""
                SELECT l.id FROM asset_lineages l JOIN assets_library v ON v.id = l.active_version_id
                WHERE v.category_id IN (%s)""".formatted(placeholders(categoryIds.size())), String.class,
                categoryIds.stream().map(UUID::toString).toArray()).stream().map(UUID::fromString).toList();
    }

    /** Up to {@code limit} lineage ids after {@code after} (null: from the first), in id order: keyset paging over the whole library. */
    List<UUID> lineagesAfter(UUID after, int limit) {
        return jdbc.queryForList("SELECT id FROM asset_lineages WHERE id > ? ORDER BY id LIMIT ?", String.class,
                after == null ? "" : after.toString(), limit).stream().map(UUID::fromString).toList();
    }

    /** A category and all its ancestors, so a filter on a category finds its sub-categories too. */
    static List<UUID> categoryPath(CategoryNode category, Map<UUID, CategoryNode> categories) {
        List<UUID> path = new ArrayList<>();
        for (CategoryNode current = category; current != null; current = current.parentId() == null ? null : categories.get(current.parentId())) {
            path.add(current.id());
        }
        return path;
    }

    Map<UUID, CategoryNode> categoriesById() {
        return reader.categories().stream().collect(Collectors.toMap(CategoryNode::id, node -> node));
    }

    private Map<UUID, List<String>> importsOf(List<UUID> lineageIds) {
        if (lineageIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, List<String>> imports = new HashMap<>();
        jdbc.query("SELECT lineage_id, project_id FROM project_asset_imports WHERE lineage_id IN (%s)".formatted(placeholders(lineageIds.size())),
                row -> {
                    imports.computeIfAbsent(UUID.fromString(row.getString(1)), id -> new ArrayList<>()).add(row.getString(2));
                }, lineageIds.stream().map(UUID::toString).toArray());
        return imports;
    }

    private static String searchableText(Map<String, Object> values) {
        return values.entrySet().stream().filter(entry -> !entry.getKey().equals("description"))
                .map(entry -> entry.getValue() instanceof Collection<?> list
                        ? list.stream().map(Object::toString).collect(Collectors.joining(" "))
                        : entry.getValue().toString())
                .collect(Collectors.joining(" "));
    }

    private static String placeholders(int count) {
        return String.join(",", Collections.nCopies(count, "?"));
    }
}
