package studio.thresho.asset.search;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The search seam: the local Lucene index today, a search server when the library outgrows one machine. */
public interface SearchIndex {

    /** Adds or replaces the document of a lineage; visible to searches when the call returns. */
    void put(AssetDocument document);

    /** Adds or replaces several documents at once. */
    void putAll(Collection<AssetDocument> documents);

    void remove(UUID lineageId);

    /**
     * Puts and removes documents, searchable when the call returns, recording {@code dataVersion} with
     * them, or keeping the recorded one when it is null. The local index commits them to disk in the
     * background, with other changes of the same moment (a crash before that leaves it stale, rebuilt at start-up).
     */
    void update(Collection<AssetDocument> documents, Collection<UUID> removed, String dataVersion);

    /** Drops everything and indexes the given documents, recording the data version they reflect. */
    void rebuild(Collection<AssetDocument> documents, String dataVersion);

    /** The data version recorded by the last rebuild or change, to tell at start-up whether the index is stale. */
    String dataVersion();

    void recordDataVersion(String dataVersion);

    long size();

    /** Every lineage the index holds. */
    Set<UUID> lineageIds();

    /** The lineages of a project's library: its own and the global ones imported into it. */
    List<UUID> lineagesIn(String scope);

    SearchResult search(SearchQuery query);
}
