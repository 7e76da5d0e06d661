package studio.thresho.asset;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import studio.thresho.asset.category.CategoryChanged;
import studio.thresho.asset.category.CategoryNode;
import studio.thresho.asset.search.AssetDocument;
import studio.thresho.asset.search.SearchIndex;
import studio.thresho.asset.search.SearchQuery;
import studio.thresho.security.SystemAuthentication;

/**
 * Keeps the search index in step with the database: each committed change re-indexes its lineage,
 * and at start-up a missing or stale index (its recorded data version differs) is rebuilt.
 */
@Component
class AssetIndexer {

    private static final Logger log = LoggerFactory.getLogger(AssetIndexer.class);

    private final SearchIndex index;
    private final AssetReader reader;
    private final AssetLineageRepository lineages;
    private final JdbcTemplate jdbc;
    /**
     * Whether the index has been checked against the database since start-up. Before that (start-up
     * work such as demo seeding), single changes are indexed but not recorded as the data version,
     * or a partial index would pass for a complete one.
     */
    private volatile boolean synced;

    AssetIndexer(SearchIndex index, AssetReader reader, AssetLineageRepository lineages, JdbcTemplate jdbc) {
        this.index = index;
        this.reader = reader;
        this.lineages = lineages;
        this.jdbc = jdbc;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(AssetChanged change) {
        SystemAuthentication.runAsSystem(() -> {
            Optional<AssetDocument> document = document(change.lineageId());
            document.ifPresentOrElse(index::put, () -> index.remove(change.lineageId()));
            if (synced) {
                index.recordDataVersion(dataVersion());
            }
        });
    }

    /** A renamed or moved category changes how its assets, and those of its sub-categories, are filtered and sorted. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(CategoryChanged change) {
        SystemAuthentication.runAsSystem(() -> {
            Map<UUID, CategoryNode> categories = categoriesById();
            List<String> subtree = categories.values().stream()
                    .filter(node -> categoryPath(node, categories).contains(change.categoryId()))
                    .map(node -> node.id().toString()).toList();
            List<UUID> affected = jdbc.queryForList("""
                    SELECT l.id FROM asset_lineages l JOIN assets_library v ON v.id = l.active_version_id
                    WHERE v.category_id IN (%s)""".formatted(String.join(",", java.util.Collections.nCopies(subtree.size(), "?"))),
                    String.class, subtree.toArray()).stream().map(UUID::fromString).toList();
            List<AssetDocument> documents = new ArrayList<>();
            lineages.findAllById(affected).forEach(lineage -> document(lineage, categories).ifPresent(documents::add));
            index.putAll(documents);
            if (synced) {
                index.recordDataVersion(dataVersion());
            }
        });
    }

    /** A deleted project took its own assets along: the index catches up with the database. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(studio.thresho.project.ProjectDeleted deleted) {
        rebuildIfStale();
    }

    @EventListener(ApplicationReadyEvent.class)
    void rebuildIfStale() {
        SystemAuthentication.runAsSystem(() -> {
            String current = dataVersion();
            if (!current.equals(index.dataVersion())) {
                Collection<AssetDocument> documents = allDocuments();
                index.rebuild(documents, current);
                log.info("Rebuilt the search index: {} assets.", documents.size());
            }
            synced = true;
        });
    }

    /** Changes whenever a lineage or version is added, changed or removed. */
    String dataVersion() {
        return jdbc.queryForObject("""
                SELECT CONCAT((SELECT COUNT(*) FROM asset_lineages), '/', (SELECT COUNT(*) FROM assets_library), '/',
                              COALESCE((SELECT MAX(updated_at) FROM asset_lineages), ''), '/',
                              COALESCE((SELECT MAX(updated_at) FROM assets_library), ''), '/',
                              COALESCE((SELECT MAX(updated_at) FROM asset_categories), ''))
                """, String.class);
    }

    private Collection<AssetDocument> allDocuments() {
        List<AssetDocument> documents = new ArrayList<>();
        Map<UUID, CategoryNode> categories = categoriesById();
        for (AssetLineage lineage : lineages.findAll()) {
            document(lineage, categories).ifPresent(documents::add);
        }
        return documents;
    }

    Optional<AssetDocument> document(UUID lineageId) {
        return lineages.findById(lineageId).flatMap(lineage -> document(lineage, categoriesById()));
    }

    private Optional<AssetDocument> document(AssetLineage lineage, Map<UUID, CategoryNode> categories) {
        if (lineage.getActiveVersionId() == null) {
            return Optional.empty();
        }
        AssetVersion version = reader.activeVersion(lineage);
        CategoryNode category = categories.get(version.getCategoryId());
        Map<String, Object> values = reader.values(category, version);
        return Optional.of(new AssetDocument(lineage.getId(), version.getName(), version.getDescription(), reader.tags(version),
                searchableText(values), categoryPath(category, categories), category.name(),
                lineage.getProjectId() == null ? SearchQuery.GLOBAL_SCOPE : lineage.getProjectId().toString(),
                importsOf(lineage.getId()), version.getSource(), lineage.getCreatedAt(), lineage.getLastUsedAt(), lineage.getUsageCount(), lineage.isArchived()));
    }

    private List<String> importsOf(UUID lineageId) {
        return jdbc.queryForList("SELECT project_id FROM project_asset_imports WHERE lineage_id = ?", String.class, lineageId.toString());
    }

    private static String searchableText(Map<String, Object> values) {
        return values.entrySet().stream().filter(entry -> !entry.getKey().equals("description"))
                .map(entry -> entry.getValue() instanceof Collection<?> list
                        ? list.stream().map(Object::toString).collect(Collectors.joining(" "))
                        : entry.getValue().toString())
                .collect(Collectors.joining(" "));
    }

    private static List<UUID> categoryPath(CategoryNode category, Map<UUID, CategoryNode> categories) {
        List<UUID> path = new ArrayList<>();
        for (CategoryNode current = category; current != null; current = current.parentId() == null ? null : categories.get(current.parentId())) {
            path.add(current.id());
        }
        return path;
    }

    private Map<UUID, CategoryNode> categoriesById() {
        return reader.categories().stream().collect(Collectors.toMap(CategoryNode::id, node -> node));
    }
}
