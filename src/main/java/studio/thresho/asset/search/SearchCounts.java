package studio.thresho.asset.search;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.Query;

/**
 * The number of hits and the tag counts of recent queries, per index reader: counting visits every
 * matching document, so it is done once per query and reader, and the next pages, "Show more" and
 * list counts of the same query only collect their page. A reader is replaced at every change, so
 * counts never outlive the data they were made from.
 */
final class SearchCounts {

    static final int CACHED_QUERIES = 256;

    record Counts(long total, Map<String, Integer> tagCounts) {
        Counts {
            tagCounts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(tagCounts));
        }
    }

    private record Key(Object reader, Query query) {
    }

    private final Map<Key, Counts> recent = new LinkedHashMap<>(CACHED_QUERIES, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Counts> eldest) {
            return size() > CACHED_QUERIES;
        }
    };

    synchronized Counts get(IndexReader reader, Query query) {
        return recent.get(key(reader, query));
    }

    synchronized void put(IndexReader reader, Query query, Counts counts) {
        recent.put(key(reader, query), counts);
    }

    private static Key key(IndexReader reader, Query query) {
        IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
        return new Key(helper == null ? reader : helper.getKey(), query);
    }
}
