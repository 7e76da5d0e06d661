package studio.thresho.asset.ui;

import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import studio.thresho.asset.search.SearchQuery;
import studio.thresho.asset.search.SearchSort;

/**
 * What the library shows, as it travels in the URL: a filtered view can be bookmarked, shared and
 * restored by the back button. Unknown or malformed parameters are ignored.
 */
record LibraryFilters(String text, Scope scope, String category, List<String> tags, boolean allTags, String source,
                      LocalDate createdFrom, LocalDate createdTo, SearchSort sort, boolean list, boolean archived) {

    enum Scope { BOTH, PROJECT, GLOBAL }

    static final LibraryFilters NONE = new LibraryFilters(null, Scope.BOTH, null, List.of(), false, null, null, null,
            SearchSort.RELEVANCE, false, false);

    LibraryFilters {
        tags = tags == null ? List.of() : List.copyOf(tags);
        scope = scope == null ? Scope.BOTH : scope;
        sort = sort == null ? SearchSort.RELEVANCE : sort;
    }

    static LibraryFilters from(QueryParameters parameters) {
        Map<String, List<String>> values = parameters.getParameters();
        return new LibraryFilters(first(values, "q").orElse(null),
                first(values, "scope").flatMap(value -> parse(Scope.class, value)).orElse(Scope.BOTH),
                first(values, "category").orElse(null),
                first(values, "tags").map(value -> Arrays.stream(value.split(",")).map(String::trim).filter(t -> !t.isEmpty()).toList())
                        .orElse(List.of()),
                first(values, "tagMode").map("all"::equals).orElse(false),
                first(values, "source").orElse(null),
                first(values, "from").flatMap(LibraryFilters::date).orElse(null),
                first(values, "to").flatMap(LibraryFilters::date).orElse(null),
                first(values, "sort").flatMap(value -> parse(SearchSort.class, value)).orElse(SearchSort.RELEVANCE),
                first(values, "view").map("list"::equals).orElse(false),
                first(values, "archived").map("true"::equals).orElse(false));
    }

    QueryParameters toQueryParameters() {
        Map<String, String> values = new LinkedHashMap<>();
        if (text != null && !text.isBlank()) {
            values.put("q", text.trim());
        }
        if (scope != Scope.BOTH) {
            values.put("scope", scope.name().toLowerCase(Locale.ROOT));
        }
        if (category != null) {
            values.put("category", category);
        }
        if (!tags.isEmpty()) {
            values.put("tags", String.join(",", tags));
        }
        if (allTags) {
            values.put("tagMode", "all");
        }
        if (source != null) {
            values.put("source", source);
        }
        if (createdFrom != null) {
            values.put("from", createdFrom.toString());
        }
        if (createdTo != null) {
            values.put("to", createdTo.toString());
        }
        if (sort != SearchSort.RELEVANCE) {
            values.put("sort", sort.name().toLowerCase(Locale.ROOT));
        }
        if (list) {
            values.put("view", "list");
        }
        if (archived) {
            values.put("archived", "true");
        }
        return QueryParameters.simple(values);
    }

    /** Whether anything narrows the library (the view mode and sort do not). */
    boolean narrows() {
        return text != null && !text.isBlank() || scope != Scope.BOTH || category != null || !tags.isEmpty() || source != null
                || createdFrom != null || createdTo != null || archived;
    }

    SearchQuery toSearch(UUID currentProject, UUID categoryId, int offset, int limit) {
        Set<String> scopes = switch (scope) {
            case BOTH -> currentProject == null ? Set.of(SearchQuery.GLOBAL_SCOPE) : Set.of(SearchQuery.GLOBAL_SCOPE, currentProject.toString());
            case PROJECT -> currentProject == null ? Set.of("none") : Set.of(currentProject.toString());
            case GLOBAL -> Set.of(SearchQuery.GLOBAL_SCOPE);
        };
        return new SearchQuery(text, scopes, categoryId, tags, allTags, source,
                createdFrom == null ? null : createdFrom.atStartOfDay().toInstant(ZoneOffset.UTC),
                createdTo == null ? null : createdTo.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC),
                sort, offset, limit, archived);
    }

    LibraryFilters withText(String value) {
        return new LibraryFilters(value, scope, category, tags, allTags, source, createdFrom, createdTo, sort, list, archived);
    }

    LibraryFilters withScope(Scope value) {
        return new LibraryFilters(text, value, category, tags, allTags, source, createdFrom, createdTo, sort, list, archived);
    }

    LibraryFilters withCategory(String value) {
        return new LibraryFilters(text, scope, value, tags, allTags, source, createdFrom, createdTo, sort, list, archived);
    }

    LibraryFilters withTags(List<String> value, boolean all) {
        return new LibraryFilters(text, scope, category, value, all, source, createdFrom, createdTo, sort, list, archived);
    }

    LibraryFilters withSource(String value) {
        return new LibraryFilters(text, scope, category, tags, allTags, value, createdFrom, createdTo, sort, list, archived);
    }

    LibraryFilters withCreated(LocalDate from, LocalDate to) {
        return new LibraryFilters(text, scope, category, tags, allTags, source, from, to, sort, list, archived);
    }

    LibraryFilters withSort(SearchSort value) {
        return new LibraryFilters(text, scope, category, tags, allTags, source, createdFrom, createdTo, value, list, archived);
    }

    LibraryFilters withArchived(boolean value) {
        return new LibraryFilters(text, scope, category, tags, allTags, source, createdFrom, createdTo, sort, list, value);
    }

    /** Only this tag, every other narrowing filter kept: what clicking a tag on a card or the detail view asks for. */
    LibraryFilters withOnlyTag(String tag) {
        return withTags(List.of(tag), false);
    }

    LibraryFilters withList(boolean value) {
        return new LibraryFilters(text, scope, category, tags, allTags, source, createdFrom, createdTo, sort, value, archived);
    }

    /** The same view mode and sort without any narrowing filter. */
    LibraryFilters cleared() {
        return new LibraryFilters(null, Scope.BOTH, null, List.of(), false, null, null, null, sort, list, false);
    }

    /** The active filters in words, for the "no results" state. */
    List<String> describe() {
        List<String> parts = new ArrayList<>();
        if (text != null && !text.isBlank()) {
            parts.add("\"" + text.trim() + "\"");
        }
        if (scope != Scope.BOTH) {
            parts.add(scope == Scope.PROJECT ? "this project only" : "global library only");
        }
        if (category != null) {
            parts.add("category " + category);
        }
        if (!tags.isEmpty()) {
            parts.add((allTags ? "all of " : "any of ") + String.join(", ", tags.stream().map(tag -> "#" + tag).toList()));
        }
        if (source != null) {
            parts.add("source " + source);
        }
        if (createdFrom != null || createdTo != null) {
            parts.add("created " + (createdFrom == null ? "" : "from " + createdFrom + " ") + (createdTo == null ? "" : "to " + createdTo));
        }
        if (archived) {
            parts.add("archived assets only");
        }
        return parts;
    }

    private static Optional<String> first(Map<String, List<String>> values, String name) {
        List<String> found = values.get(name);
        return found == null || found.isEmpty() || found.getFirst().isBlank() ? Optional.empty() : Optional.of(found.getFirst());
    }

    private static <E extends Enum<E>> Optional<E> parse(Class<E> type, String value) {
        try {
            return Optional.of(Enum.valueOf(type, value.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> date(String value) {
        try {
            return Optional.of(LocalDate.parse(value));
        } catch (DateTimeParseException malformed) {
            return Optional.empty();
        }
    }
}
