package studio.thresho.asset.search;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A search with its filters; every filter is optional and all combine.
 *
 * @param scopes  project ids and/or {@link #GLOBAL_SCOPE}; empty means every scope. A project id also
 *                matches the global assets that project imported.
 * @param allTags true: an asset must carry every tag; false: any of them
 */
public record SearchQuery(String text, Set<String> scopes, UUID categoryId, List<String> tags, boolean allTags, String source,
                          Instant createdFrom, Instant createdTo, SearchSort sort, int offset, int limit) {

    public static final String GLOBAL_SCOPE = "global";

    public SearchQuery {
        scopes = scopes == null ? Set.of() : Set.copyOf(scopes);
        tags = tags == null ? List.of() : List.copyOf(tags);
        sort = sort == null ? SearchSort.RELEVANCE : sort;
    }

    public static SearchQuery text(String text) {
        return new SearchQuery(text, Set.of(), null, List.of(), false, null, null, null, SearchSort.RELEVANCE, 0, 50);
    }
}
