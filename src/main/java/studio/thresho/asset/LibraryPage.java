package studio.thresho.asset;

import java.util.List;
import java.util.Map;

/** One page of a library search, the number of all matches, and tag counts over all matches. */
public record LibraryPage(long total, List<LibraryHit> hits, Map<String, Integer> tagCounts) {
}
