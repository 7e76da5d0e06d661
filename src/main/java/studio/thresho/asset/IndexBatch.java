package studio.thresho.asset;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Search index updates of many saves gathered and written together: while a batch is open on a
 * thread, the assets saved on that thread are indexed {@link #FLUSH_AT} at a time (one index commit
 * for all of them instead of two per asset), and the rest when the batch is closed, also after a
 * failure. Open it with {@link SearchIndexBatches#open()} in a try-with-resources block.
 */
public final class IndexBatch implements AutoCloseable {

    /** How many saved assets wait before they are written to the index. */
    static final int FLUSH_AT = 200;

    private final AssetIndexer indexer;
    private final Set<UUID> pending = new LinkedHashSet<>();

    IndexBatch(AssetIndexer indexer) {
        this.indexer = indexer;
    }

    void add(UUID lineageId) {
        pending.add(lineageId);
        if (pending.size() >= FLUSH_AT) {
            indexer.reindexBatch(drain());
        }
    }

    private List<UUID> drain() {
        List<UUID> drained = new ArrayList<>(pending);
        pending.clear();
        return drained;
    }

    /** Indexes what is still pending; the thread's saves are indexed one by one again. */
    @Override
    public void close() {
        indexer.closed(this, drain());
    }
}
