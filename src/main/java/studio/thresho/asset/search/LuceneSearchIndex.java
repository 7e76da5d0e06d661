package studio.thresho.asset.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.springframework.beans.factory.DisposableBean;

/**
 * The Lucene implementation of {@link SearchIndex}: one index directory, one writer, near-real-time
 * searchers. Names, descriptions, tags and attribute values are analysed (lower-cased, accents
 * folded); filters and sorts use exact fields and doc values; tag counts use facets.
 */
public class LuceneSearchIndex implements SearchIndex, DisposableBean {

    static final String ID = "id";
    static final String NAME = "name";
    static final String NAME_EXACT = "name_exact";
    static final String NAME_SORT = "name_sort";
    static final String DESCRIPTION = "description";
    static final String TAGS_TEXT = "tags_text";
    static final String TAG = "tag";
    static final String ATTRIBUTES = "attributes";
    static final String CATEGORY = "category";
    static final String SCOPE = "scope";
    static final String IMPORTED_INTO = "imported_into";
    static final String SOURCE = "source";
    static final String CATEGORY_SORT = "category_sort";
    static final String TAGS_SORT = "tags_sort";
    static final String SCOPE_SORT = "scope_sort";
    static final String CREATED = "created";
    static final String CREATED_SORT = "created_sort";
    static final String LAST_USED_SORT = "last_used_sort";
    static final String USAGE_SORT = "usage_sort";
    static final String ARCHIVED = "archived";

    private final Analyzer analyzer;
    private final FacetsConfig facets = new FacetsConfig();
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final LuceneQueries queries;
    private final IndexCommits commits;

    /** An index whose every change commits before it returns. */
    public LuceneSearchIndex(Path location) {
        this(location, Duration.ZERO);
    }

    /** @param commitDelay how long a change may wait for its commit to disk (searchable at once all the same) */
    public LuceneSearchIndex(Path location, Duration commitDelay) {
        try {
            Files.createDirectories(location);
            analyzer = CustomAnalyzer.builder().withTokenizer("standard").addTokenFilter("lowercase").addTokenFilter("asciifolding").build();
            facets.setMultiValued(TAG, true);
            directory = FSDirectory.open(location);
            writer = new IndexWriter(directory, new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
            searchers = new SearcherManager(writer, null);
            queries = new LuceneQueries(analyzer, facets);
            commits = new IndexCommits(writer, commitDelay);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the search index at " + location, e);
        }
    }

    @Override
    public void put(AssetDocument document) {
        putAll(List.of(document));
    }

    @Override
    public synchronized void putAll(Collection<AssetDocument> documents) {
        try {
            for (AssetDocument document : documents) {
                writer.updateDocument(new Term(ID, document.lineageId().toString()), toLucene(document));
            }
            changed(null);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not index " + documents.size() + " assets", e);
        }
    }

    @Override
    public synchronized void update(Collection<AssetDocument> documents, Collection<UUID> removed, String dataVersion) {
        try {
            for (AssetDocument document : documents) {
                writer.updateDocument(new Term(ID, document.lineageId().toString()), toLucene(document));
            }
            for (UUID lineageId : removed) {
                writer.deleteDocuments(new Term(ID, lineageId.toString()));
            }
            changed(dataVersion);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not index " + documents.size() + " assets", e);
        }
    }

    @Override
    public synchronized void remove(UUID lineageId) {
        try {
            writer.deleteDocuments(new Term(ID, lineageId.toString()));
            changed(null);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not remove " + lineageId + " from the index", e);
        }
    }

    @Override
    public synchronized void rebuild(Collection<AssetDocument> documents, String dataVersion) {
        try {
            // a commit in the background meanwhile must not claim the old version for a half-made index
            commits.invalidate();
            writer.deleteAll();
            for (AssetDocument document : documents) {
                writer.addDocument(toLucene(document));
            }
            commits.commit(dataVersion);
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not rebuild the search index", e);
        }
    }

    @Override
    public String dataVersion() {
        return commits.dataVersion();
    }

    @Override
    public synchronized void recordDataVersion(String dataVersion) {
        try {
            changed(dataVersion);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not record the index version", e);
        }
    }

    @Override
    public Set<UUID> lineageIds() {
        return read("Could not read the search index", searcher -> {
            Set<UUID> ids = new HashSet<>();
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                LeafReader reader = leaf.reader();
                Bits live = reader.getLiveDocs();
                StoredFields stored = reader.storedFields();
                for (int doc = 0; doc < reader.maxDoc(); doc++) {
                    if (live == null || live.get(doc)) {
                        ids.add(UUID.fromString(stored.document(doc, Set.of(ID)).get(ID)));
                    }
                }
            }
            return ids;
        });
    }

    @Override
    public List<UUID> lineagesIn(String scope) {
        return read("Could not read the search index", searcher -> {
            BooleanQuery query = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(SCOPE, scope)), BooleanClause.Occur.SHOULD)
                    .add(new TermQuery(new Term(IMPORTED_INTO, scope)), BooleanClause.Occur.SHOULD).build();
            int count = searcher.count(query);
            if (count == 0) {
                return List.of();
            }
            StoredFields stored = searcher.storedFields();
            List<UUID> ids = new ArrayList<>();
            for (ScoreDoc hit : searcher.search(query, count).scoreDocs) {
                ids.add(UUID.fromString(stored.document(hit.doc, Set.of(ID)).get(ID)));
            }
            return ids;
        });
    }

    @Override
    public long size() {
        return writer.getDocStats().numDocs;
    }

    @Override
    public SearchResult search(SearchQuery query) {
        return read("The search failed", searcher -> queries.run(searcher, query));
    }

    private interface Reading<T> {
        T from(IndexSearcher searcher) throws IOException;
    }

    /** Runs a read on the latest searcher, released afterwards. */
    private <T> T read(String failure, Reading<T> reading) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return reading.from(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(failure, e);
        }
    }

    @Override
    public void destroy() throws IOException {
        commits.close();
        searchers.close();
        writer.close();
        directory.close();
    }

    /** Makes the writer's changes searchable now and has them committed ({@link IndexCommits}). */
    private void changed(String dataVersion) throws IOException {
        searchers.maybeRefreshBlocking();
        commits.changed(dataVersion);
    }

    private Document toLucene(AssetDocument asset) throws IOException {
        Document doc = new Document();
        doc.add(new StringField(ID, asset.lineageId().toString(), Field.Store.YES));
        doc.add(new TextField(NAME, asset.name(), Field.Store.YES));
        doc.add(new StringField(NAME_EXACT, asset.name().trim().toLowerCase(Locale.ROOT), Field.Store.NO));
        doc.add(new SortedDocValuesField(NAME_SORT, new BytesRef(asset.name().toLowerCase(Locale.ROOT))));
        if (asset.description() != null) {
            doc.add(new TextField(DESCRIPTION, asset.description(), Field.Store.YES));
        }
        for (String tag : asset.tags()) {
            doc.add(new TextField(TAGS_TEXT, tag.replace('-', ' '), Field.Store.NO));
            doc.add(new StringField(TAG, tag, Field.Store.NO));
            doc.add(new SortedSetDocValuesFacetField(TAG, tag));
        }
        if (asset.attributesText() != null) {
            doc.add(new TextField(ATTRIBUTES, asset.attributesText(), Field.Store.NO));
        }
        asset.categoryPath().forEach(category -> doc.add(new StringField(CATEGORY, category.toString(), Field.Store.NO)));
        doc.add(new SortedDocValuesField(CATEGORY_SORT, new BytesRef(asset.categoryName().toLowerCase(Locale.ROOT))));
        // tags sort by their alphabetical list, untagged assets last
        doc.add(new SortedDocValuesField(TAGS_SORT, new BytesRef(asset.tags().isEmpty() ? "\uffff"
                : String.join(" ", asset.tags().stream().sorted().toList()))));
        doc.add(new StringField(SCOPE, asset.scope(), Field.Store.NO));
        // global assets first, then the project's own
        doc.add(new SortedDocValuesField(SCOPE_SORT, new BytesRef(SearchQuery.GLOBAL_SCOPE.equals(asset.scope()) ? "0" : "1")));
        asset.importedInto().forEach(project -> doc.add(new StringField(IMPORTED_INTO, project, Field.Store.NO)));
        if (asset.source() != null) {
            doc.add(new StringField(SOURCE, asset.source(), Field.Store.NO));
        }
        long created = asset.createdAt() == null ? 0 : asset.createdAt().toEpochMilli();
        doc.add(new LongPoint(CREATED, created));
        doc.add(new NumericDocValuesField(CREATED_SORT, created));
        doc.add(new NumericDocValuesField(LAST_USED_SORT, asset.lastUsedAt() == null ? 0 : asset.lastUsedAt().toEpochMilli()));
        doc.add(new NumericDocValuesField(USAGE_SORT, asset.usageCount()));
        doc.add(new StringField(ARCHIVED, Boolean.toString(asset.archived()), Field.Store.NO));
        return facets.build(doc);
    }
}
