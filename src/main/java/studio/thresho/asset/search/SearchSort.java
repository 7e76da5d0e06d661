package studio.thresho.asset.search;

/** Orders of a result list; relevance applies to a text search and falls back to name without one. */
public enum SearchSort {
    RELEVANCE, NAME, CATEGORY, TAGS, SCOPE, CREATED, LAST_USED, USAGE
}
