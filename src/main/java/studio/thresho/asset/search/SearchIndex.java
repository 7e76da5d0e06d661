package studio.thresho.asset.search;

import java.util.Collection;
import java.util.UUID;

/** The search seam: the local Lucene index today, a search server when the library outgrows one machine. */
public interface SearchIndex {

    /** Adds or replaces the document of a lineage; visible to searches when the call returns. */
    void put(AssetDocument document);

    /** Adds or replaces several documents at once, in one commit. */
    void putAll(Collection<AssetDocument> documents);

    void remove(UUID lineageId);

    /** Drops everything and indexes the given documents, recording the data version they reflect. */
    void rebuild(Collection<AssetDocument> documents, String dataVersion);

    /** The data version recorded by the last rebuild or change, to tell at start-up whether the index is stale. */
    String dataVersion();

    void recordDataVersion(String dataVersion);

    long size();

    SearchResult search(SearchQuery query);
}
