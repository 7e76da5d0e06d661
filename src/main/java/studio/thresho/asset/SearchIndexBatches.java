package studio.thresho.asset;

import org.springframework.stereotype.Component;

/** Opens {@link IndexBatch}es, for imports that save many assets one after the other. */
@Component
public class SearchIndexBatches {

    private final AssetIndexer indexer;

    SearchIndexBatches(AssetIndexer indexer) {
        this.indexer = indexer;
    }

    /** A batch for the saves made on the calling thread until it is closed (on the same thread). */
    public IndexBatch open() {
        return indexer.open();
    }
}
