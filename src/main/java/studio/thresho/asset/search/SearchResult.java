package studio.thresho.asset.search;

import java.util.List;
import java.util.Map;

/** A page of hits, the number of all hits, and how many of all hits carry each tag. */
public record SearchResult(long total, List<SearchHit> hits, Map<String, Integer> tagCounts) {
}
