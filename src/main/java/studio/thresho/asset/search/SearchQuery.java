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
 * @param archived true: only archived assets; false: only those not archived
 */
public record SearchQuery(String text, Set<String> scopes, UUID categoryId, List<String> tags, boolean allTags, String source,
                          Instant createdFrom, Instant createdTo, SearchSort sort, int offset, int limit, boolean archived) {

    public static final String GLOBAL_SCOPE = "global";
    /** Search text is cut to this many characters, then to this many words, with a notice: longer would fail the search. */
    public static final int MAX_TEXT_LENGTH = 500;
    public static final int MAX_TERMS = 64;

    public SearchQuery {
        text = cut(text);
        scopes = scopes == null ? Set.of() : Set.copyOf(scopes);
        tags = tags == null ? List.of() : List.copyOf(tags);
        sort = sort == null ? SearchSort.RELEVANCE : sort;
    }

    /** A search among the assets that are not archived. */
    public SearchQuery(String text, Set<String> scopes, UUID categoryId, List<String> tags, boolean allTags, String source,
                       Instant createdFrom, Instant createdTo, SearchSort sort, int offset, int limit) {
        this(text, scopes, categoryId, tags, allTags, source, createdFrom, createdTo, sort, offset, limit, false);
    }

    public static SearchQuery text(String text) {
        return new SearchQuery(text, Set.of(), null, List.of(), false, null, null, null, SearchSort.RELEVANCE, 0, 50);
    }

    /** The text a search uses: at most {@link #MAX_TEXT_LENGTH} characters and {@link #MAX_TERMS} words. */
    public static String cut(String text) {
        if (text == null) {
            return null;
        }
        String cut = text.length() > MAX_TEXT_LENGTH ? text.substring(0, MAX_TEXT_LENGTH) : text;
        String[] words = cut.trim().split("\\s+");
        return words.length > MAX_TERMS ? String.join(" ", java.util.Arrays.copyOf(words, MAX_TERMS)) : cut;
    }

    /** Whether the search had to cut this text. */
    public static boolean wouldCut(String text) {
        return text != null && !text.equals(cut(text));
    }
}
