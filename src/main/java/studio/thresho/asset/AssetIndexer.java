package studio.thresho.asset;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import studio.thresho.asset.category.CategoryChanged;
import studio.thresho.asset.category.CategoryNode;
import studio.thresho.asset.search.AssetDocument;
import studio.thresho.asset.search.SearchIndex;
import studio.thresho.project.ProjectDeleted;
import studio.thresho.security.SystemAuthentication;

/**
 * Keeps the search index in step with the database: each committed change re-indexes what it
 * touched, and a missing or stale index (its recorded data version is not the change log's latest
 * id) is rebuilt at start-up in batches, in the background while the application serves.
 */
@Component
class AssetIndexer {

    static final int BATCH = 500;
    private static final Logger log = LoggerFactory.getLogger(AssetIndexer.class);

    private final SearchIndex index;
    private final IndexDocuments documents;
    private final LibraryChanges changes;
    private final boolean inBackground;
    /**
     * Whether the index has been checked against the database since start-up. Before that (start-up
     * work such as demo seeding, a rebuild running), single changes are indexed but not recorded as
     * the data version, or a partial index would pass for a complete one.
     */
    private volatile boolean synced;
    private volatile boolean rebuilding;
    private final ThreadLocal<IndexBatch> batchOfThread = new ThreadLocal<>();
    /** While a batch holds saved assets back, the index must not claim to be as new as the change log. */
    private final AtomicInteger openBatches = new AtomicInteger();

    AssetIndexer(SearchIndex index, IndexDocuments documents, LibraryChanges changes,
                 @Value("${thresho.search.rebuild-in-background:true}") boolean inBackground) {
        this.index = index;
        this.documents = documents;
        this.changes = changes;
        this.inBackground = inBackground;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(AssetChanged change) {
        IndexBatch batch = batchOfThread.get();
        if (batch != null) {
            batch.add(change.lineageId());
        } else {
            reindex(List.of(change.lineageId()));
        }
    }

    IndexBatch open() {
        if (batchOfThread.get() != null) {
            throw new IllegalStateException("This thread has an open index batch already");
        }
        IndexBatch batch = new IndexBatch(this);
        openBatches.incrementAndGet();
        batchOfThread.set(batch);
        return batch;
    }

    void reindexBatch(List<UUID> lineageIds) {
        reindex(lineageIds);
    }

    void closed(IndexBatch batch, List<UUID> pending) {
        if (batchOfThread.get() == batch) {
            batchOfThread.remove();
            openBatches.decrementAndGet();
        }
        reindex(pending);
    }

    /** A renamed or moved category changes how its assets, and those of its sub-categories, are filtered and sorted. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(CategoryChanged change) {
        Map<UUID, CategoryNode> categories = documents.categoriesById();
        List<UUID> subtree = categories.values().stream()
                .filter(node -> IndexDocuments.categoryPath(node, categories).contains(change.categoryId())).map(CategoryNode::id).toList();
        reindex(documents.inCategories(subtree));
    }

    /** A deleted project took its own assets along, and its imports of global ones: only those are re-indexed. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(ProjectDeleted deleted) {
        reindex(index.lineagesIn(deleted.projectId().toString()));
    }

    private void reindex(Collection<UUID> lineageIds) {
        SystemAuthentication.runAsSystem(() -> {
            Map<UUID, AssetDocument> found = documents.of(lineageIds);
            // the version read after the documents, so it never claims a change they do not hold
            String version = synced && openBatches.get() == 0 ? dataVersion() : null;
            index.update(found.values(), lineageIds.stream().filter(id -> !found.containsKey(id)).toList(), version);
        });
    }

    @EventListener(ApplicationReadyEvent.class)
    void checkAtStartUp() {
        if (isCurrent()) {
            synced = true;
        } else if (inBackground) {
            rebuilding = true;
            Thread.ofPlatform().name("search-index-rebuild").daemon(true).start(this::rebuildIfStale);
        } else {
            rebuildIfStale();
        }
    }

    /** Whether searches may miss assets because the index is being rebuilt. */
    boolean rebuilding() {
        return rebuilding;
    }

    /**
     * Brings a stale index up to date: every lineage in batches (stale documents replaced, none
     * dropped first, so searches keep working), documents of deleted lineages removed, then the
     * changes made meanwhile caught up from the change log.
     */
    void rebuildIfStale() {
        rebuilding = true;
        try {
            SystemAuthentication.runAsSystem(() -> {
                long start = changes.latest();
                if (!isCurrent()) {
                    int count = rebuildFrom(start);
                    log.info("Rebuilt the search index: {} assets.", count);
                }
            });
            synced = true;
        } catch (RuntimeException failed) {
            log.error("Could not rebuild the search index; it is rebuilt at the next start", failed);
        } finally {
            rebuilding = false;
        }
    }

    private int rebuildFrom(long start) {
        Set<UUID> gone = index.lineageIds();
        int count = 0;
        for (List<UUID> batch = documents.lineagesAfter(null, BATCH); !batch.isEmpty(); batch = documents.lineagesAfter(batch.getLast(), BATCH)) {
            Collection<AssetDocument> built = documents.of(batch).values();
            index.putAll(built);
            batch.forEach(gone::remove);
            count += built.size();
        }
        gone.forEach(index::remove);
        long seen = start;
        for (long latest = changes.latest(); latest != seen; latest = changes.latest()) {
            List<UUID> changed = changes.lineagesChangedAfter(seen);
            Map<UUID, AssetDocument> found = documents.of(changed);
            index.putAll(found.values());
            changed.stream().filter(id -> !found.containsKey(id)).forEach(index::remove);
            seen = latest;
        }
        index.recordDataVersion(String.valueOf(seen));
        return count;
    }

    private boolean isCurrent() {
        return dataVersion().equals(index.dataVersion());
    }

    /** The change log's latest id: changes whenever a lineage, version or category is added, changed or removed. */
    String dataVersion() {
        return String.valueOf(changes.latest());
    }
}
