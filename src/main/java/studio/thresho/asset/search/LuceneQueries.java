package studio.thresho.asset.search;

import static studio.thresho.asset.search.LuceneSearchIndex.ARCHIVED;
import static studio.thresho.asset.search.LuceneSearchIndex.ATTRIBUTES;
import static studio.thresho.asset.search.LuceneSearchIndex.CATEGORY;
import static studio.thresho.asset.search.LuceneSearchIndex.CATEGORY_SORT;
import static studio.thresho.asset.search.LuceneSearchIndex.CREATED;
import static studio.thresho.asset.search.LuceneSearchIndex.CREATED_SORT;
import static studio.thresho.asset.search.LuceneSearchIndex.DESCRIPTION;
import static studio.thresho.asset.search.LuceneSearchIndex.ID;
import static studio.thresho.asset.search.LuceneSearchIndex.IMPORTED_INTO;
import static studio.thresho.asset.search.LuceneSearchIndex.LAST_USED_SORT;
import static studio.thresho.asset.search.LuceneSearchIndex.NAME;
import static studio.thresho.asset.search.LuceneSearchIndex.NAME_EXACT;
import static studio.thresho.asset.search.LuceneSearchIndex.NAME_SORT;
import static studio.thresho.asset.search.LuceneSearchIndex.SCOPE;
import static studio.thresho.asset.search.LuceneSearchIndex.SCOPE_SORT;
import static studio.thresho.asset.search.LuceneSearchIndex.SOURCE;
import static studio.thresho.asset.search.LuceneSearchIndex.TAG;
import static studio.thresho.asset.search.LuceneSearchIndex.TAGS_SORT;
import static studio.thresho.asset.search.LuceneSearchIndex.TAGS_TEXT;
import static studio.thresho.asset.search.LuceneSearchIndex.USAGE_SORT;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.NullFragmenter;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleFragmenter;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;

/**
 * Turns a {@link SearchQuery} into Lucene queries and reads the results. Every word must match
 * somewhere; a match in the name counts most, then tags, then description and attributes; an
 * exact name counts above all. Each word also matches as a prefix ("marc" finds Marcus) and with
 * one typo ("Marcsu" finds Marcus).
 */
final class LuceneQueries {

    private static final int MAX_TAG_FACETS = 50;
    private static final int DESCRIPTION_FRAGMENT_CHARS = 160;
    private static final int FUZZY_MIN_LENGTH = 4;
    /** Variants of a word highlighted at most; a prefix of one letter matches far more words than a page shows. */
    private static final int HIGHLIGHT_EXPANSIONS = 64;

    private final Analyzer analyzer;
    private final FacetsConfig facets;
    /** Building the facet state reads every tag ordinal; it is valid as long as the reader is. */
    private volatile FacetState facetState;
    private final SearchCounts recentCounts = new SearchCounts();

    private record FacetState(org.apache.lucene.index.IndexReader reader, DefaultSortedSetDocValuesReaderState state) {
    }

    LuceneQueries(Analyzer analyzer, FacetsConfig facets) {
        this.analyzer = analyzer;
        this.facets = facets;
    }

    SearchResult run(IndexSearcher searcher, SearchQuery query) throws IOException {
        Query text = textQuery(query.text());
        Query full = withFilters(text, query);
        int wanted = Math.max(1, query.offset() + query.limit());
        Sort sort = sortFor(query);
        SearchCounts.Counts counts = recentCounts.get(searcher.getIndexReader(), full);
        TopDocs top;
        if (counts != null) {
            top = sort == null ? searcher.search(full, wanted) : searcher.search(full, wanted, sort);
        } else {
            // one pass collects the page, the exact number of hits and the tag counts
            FacetsCollectorManager.FacetsResult collected = sort == null
                    ? FacetsCollectorManager.search(searcher, full, wanted, new FacetsCollectorManager())
                    : FacetsCollectorManager.search(searcher, full, wanted, sort, new FacetsCollectorManager());
            top = collected.topDocs();
            counts = new SearchCounts.Counts(
                    collected.facetsCollector().getMatchingDocs().stream().mapToLong(FacetsCollector.MatchingDocs::totalHits).sum(),
                    tagCounts(searcher, collected.facetsCollector()));
            recentCounts.put(searcher.getIndexReader(), full, counts);
        }
        List<SearchHit> hits = new ArrayList<>();
        ScoreDoc[] docs = top.scoreDocs;
        Highlights highlights = text == null || docs.length <= query.offset() ? null : highlights(searcher, words(query.text()));
        for (int i = query.offset(); i < docs.length; i++) {
            hits.add(hit(searcher, docs[i], highlights));
        }
        return new SearchResult(counts.total(), hits, counts.tagCounts());
    }

    private Query textQuery(String text) throws IOException {
        List<String> words = words(text);
        if (words.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (String word : words) {
            BooleanQuery.Builder anyField = new BooleanQuery.Builder();
            addWord(anyField, NAME, word, 4f);
            addWord(anyField, TAGS_TEXT, word, 2f);
            addWord(anyField, DESCRIPTION, word, 1f);
            addWord(anyField, ATTRIBUTES, word, 0.8f);
            all.add(anyField.build(), Occur.MUST);
        }
        all.add(new BoostQuery(new TermQuery(new Term(NAME_EXACT, text.trim().toLowerCase(Locale.ROOT))), 10f), Occur.SHOULD);
        return all.build();
    }

    private static void addWord(BooleanQuery.Builder builder, String field, String word, float weight) {
        Term term = new Term(field, word);
        builder.add(new BoostQuery(new TermQuery(term), weight * 2), Occur.SHOULD);
        builder.add(new BoostQuery(new PrefixQuery(term), weight), Occur.SHOULD);
        if (word.length() >= FUZZY_MIN_LENGTH) {
            builder.add(new BoostQuery(new FuzzyQuery(term, 1), weight * 0.5f), Occur.SHOULD);
        }
    }

    private static Query withFilters(Query text, SearchQuery query) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        builder.add(text == null ? new MatchAllDocsQuery() : text, Occur.MUST);
        builder.add(new TermQuery(new Term(ARCHIVED, "true")), query.archived() ? Occur.FILTER : Occur.MUST_NOT);
        if (!query.scopes().isEmpty()) {
            BooleanQuery.Builder scopes = new BooleanQuery.Builder();
            query.scopes().forEach(scope -> {
                scopes.add(new TermQuery(new Term(SCOPE, scope)), Occur.SHOULD);
                scopes.add(new TermQuery(new Term(IMPORTED_INTO, scope)), Occur.SHOULD);
            });
            builder.add(scopes.build(), Occur.FILTER);
        }
        if (query.categoryId() != null) {
            builder.add(new TermQuery(new Term(CATEGORY, query.categoryId().toString())), Occur.FILTER);
        }
        if (!query.tags().isEmpty()) {
            if (query.allTags()) {
                query.tags().forEach(tag -> builder.add(new TermQuery(new Term(TAG, tag)), Occur.FILTER));
            } else {
                BooleanQuery.Builder any = new BooleanQuery.Builder();
                query.tags().forEach(tag -> any.add(new TermQuery(new Term(TAG, tag)), Occur.SHOULD));
                builder.add(any.build(), Occur.FILTER);
            }
        }
        if (query.source() != null) {
            builder.add(new TermQuery(new Term(SOURCE, query.source())), Occur.FILTER);
        }
        if (query.createdFrom() != null || query.createdTo() != null) {
            long from = query.createdFrom() == null ? Long.MIN_VALUE : query.createdFrom().toEpochMilli();
            long to = query.createdTo() == null ? Long.MAX_VALUE : query.createdTo().toEpochMilli();
            builder.add(LongPoint.newRangeQuery(CREATED, from, to), Occur.FILTER);
        }
        return builder.build();
    }

    private static Sort sortFor(SearchQuery query) {
        boolean hasText = query.text() != null && !query.text().isBlank();
        return switch (query.sort()) {
            case RELEVANCE -> hasText ? null : new Sort(byName());
            case NAME -> new Sort(byName());
            case CATEGORY -> new Sort(new SortField(CATEGORY_SORT, SortField.Type.STRING), byName());
            case TAGS -> new Sort(new SortField(TAGS_SORT, SortField.Type.STRING), byName());
            case SCOPE -> new Sort(new SortField(SCOPE_SORT, SortField.Type.STRING), byName());
            case CREATED -> new Sort(new SortField(CREATED_SORT, SortField.Type.LONG, true));
            case LAST_USED -> new Sort(new SortField(LAST_USED_SORT, SortField.Type.LONG, true));
            case USAGE -> new Sort(new SortField(USAGE_SORT, SortField.Type.LONG, true), byName());
        };
    }

    private static SortField byName() {
        return new SortField(NAME_SORT, SortField.Type.STRING);
    }

    private SearchHit hit(IndexSearcher searcher, ScoreDoc doc, Highlights highlights) throws IOException {
        var stored = searcher.storedFields().document(doc.doc);
        UUID id = UUID.fromString(stored.get(ID));
        if (highlights == null) {
            return new SearchHit(id, doc.score, null, null);
        }
        return new SearchHit(id, doc.score,
                highlight(highlights.name(), NAME, stored.get(NAME), new NullFragmenter()),
                highlight(highlights.description(), DESCRIPTION, stored.get(DESCRIPTION), new SimpleFragmenter(DESCRIPTION_FRAGMENT_CHARS)));
    }

    /** The words' prefix and one-typo variants, looked up in the index once per search instead of once per hit. */
    private record Highlights(Query name, Query description) {
    }

    private static Highlights highlights(IndexSearcher searcher, List<String> words) throws IOException {
        return new Highlights(expanded(searcher, words, NAME), expanded(searcher, words, DESCRIPTION));
    }

    private static Query expanded(IndexSearcher searcher, List<String> words, String field) throws IOException {
        BooleanQuery.Builder terms = new BooleanQuery.Builder();
        for (String word : words) {
            Term term = new Term(field, word);
            terms.add(new TermQuery(term), Occur.SHOULD);
            terms.add(searcher.rewrite(new PrefixQuery(term, new MultiTermQuery.TopTermsScoringBooleanQueryRewrite(HIGHLIGHT_EXPANSIONS))),
                    Occur.SHOULD);
            if (word.length() >= FUZZY_MIN_LENGTH) {
                terms.add(searcher.rewrite(new FuzzyQuery(term, 1, 0, HIGHLIGHT_EXPANSIONS, true,
                        new MultiTermQuery.TopTermsScoringBooleanQueryRewrite(HIGHLIGHT_EXPANSIONS))), Occur.SHOULD);
            }
        }
        return terms.build();
    }

    private String highlight(Query terms, String field, String value, org.apache.lucene.search.highlight.Fragmenter fragmenter)
            throws IOException {
        if (value == null) {
            return null;
        }
        QueryScorer scorer = new QueryScorer(terms, field);
        Highlighter highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new SimpleHTMLEncoder(), scorer);
        highlighter.setTextFragmenter(fragmenter);
        try {
            return highlighter.getBestFragment(analyzer, field, value);
        } catch (InvalidTokenOffsetsException e) {
            return null;
        }
    }

    private Map<String, Integer> tagCounts(IndexSearcher searcher, FacetsCollector collector) throws IOException {
        Map<String, Integer> counts = new LinkedHashMap<>();
        try {
            Facets tagFacets = new SortedSetDocValuesFacetCounts(facetState(searcher), collector);
            FacetResult result = tagFacets.getTopChildren(MAX_TAG_FACETS, TAG);
            if (result != null) {
                for (LabelAndValue entry : result.labelValues) {
                    counts.put(entry.label, entry.value.intValue());
                }
            }
        } catch (IllegalArgumentException noTagsIndexedYet) {
            // an index without any tag has no facet field to count
        }
        return counts;
    }

    private DefaultSortedSetDocValuesReaderState facetState(IndexSearcher searcher) throws IOException {
        FacetState current = facetState;
        if (current == null || current.reader() != searcher.getIndexReader()) {
            current = new FacetState(searcher.getIndexReader(), new DefaultSortedSetDocValuesReaderState(searcher.getIndexReader(), facets));
            facetState = current;
        }
        return current.state();
    }

    private List<String> words(String text) throws IOException {
        List<String> words = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return words;
        }
        try (TokenStream tokens = analyzer.tokenStream(NAME, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            // beyond this many terms Lucene refuses the query (too many clauses); the service tells the user it cut the text
            while (tokens.incrementToken() && words.size() < SearchQuery.MAX_TERMS) {
                words.add(term.toString());
            }
            tokens.end();
        }
        return words;
    }
}
