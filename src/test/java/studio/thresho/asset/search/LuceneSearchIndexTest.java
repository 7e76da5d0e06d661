package studio.thresho.asset.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LuceneSearchIndexTest {

    static final UUID TALENT = UUID.randomUUID();
    static final UUID LEAD_CAST = UUID.randomUUID();
    static final UUID ENVIRONMENT = UUID.randomUUID();
    static final String Q1 = UUID.randomUUID().toString();
    static final String SUMMER = UUID.randomUUID().toString();

    static final AssetDocument MARCUS = doc("Marcus", "Lead barber with a short fade and a well-groomed beard",
            List.of("barber", "lead-cast"), "Athletic mid-30s black apron", List.of(TALENT, LEAD_CAST), Q1, "ai_generated", "2026-01-10", 24);
    static final AssetDocument SOFIA = doc("Sofia", "Stylist who works beside Marcus at the shop",
            List.of("stylist", "lead-cast"), "Slim late-20s", List.of(TALENT), Q1, "original", "2026-02-01", 18);
    static final AssetDocument SHOP = doc("Downtown Shop", "A modern barbershop interior",
            List.of("barbershop"), "exposed brick neon signs", List.of(ENVIRONMENT), SearchQuery.GLOBAL_SCOPE, "stock", "2026-03-05", 31);
    static final AssetDocument MARCELLA = doc("Marcella", "Background extra", List.of("extra"), "", List.of(TALENT), SUMMER,
            null, "2026-04-01", 2);
    static final AssetDocument ARCHIVED = new AssetDocument(UUID.randomUUID(), "Marcus Old", "retired look", List.of("barber"), "",
            List.of(TALENT), "Talent", Q1, List.of(), null, Instant.parse("2025-01-01T00:00:00Z"), null, 0, true);

    @TempDir
    Path directory;

    private LuceneSearchIndex index;

    private static AssetDocument doc(String name, String description, List<String> tags, String attributes, List<UUID> categories,
                                     String scope, String source, String created, int usage) {
        return new AssetDocument(UUID.randomUUID(), name, description, tags, attributes, categories,
                categories.contains(TALENT) ? "Talent" : "Environment", scope, List.of(), source,
                Instant.parse(created + "T12:00:00Z"), null, usage, false);
    }

    @BeforeEach
    void indexTheLibrary() {
        index = new LuceneSearchIndex(directory);
        index.rebuild(List.of(MARCUS, SOFIA, SHOP, MARCELLA, ARCHIVED), "v1");
    }

    @AfterEach
    void close() throws Exception {
        index.destroy();
    }

    private List<UUID> ids(SearchQuery query) {
        return index.search(query).hits().stream().map(SearchHit::lineageId).toList();
    }

    private static SearchQuery query(String text, Set<String> scopes, UUID category, List<String> tags, boolean allTags) {
        return new SearchQuery(text, scopes, category, tags, allTags, null, null, null, SearchSort.RELEVANCE, 0, 50);
    }

    @Test
    void aPrefixFindsTheName() {
        assertThat(ids(SearchQuery.text("marc"))).contains(MARCUS.lineageId(), MARCELLA.lineageId());
    }

    @Test
    void oneTypoStillFindsTheName() {
        assertThat(ids(SearchQuery.text("Marcsu")).getFirst()).isEqualTo(MARCUS.lineageId());
        assertThat(ids(SearchQuery.text("Sofai")).getFirst()).isEqualTo(SOFIA.lineageId());
    }

    @Test
    void tagsAndAttributeValuesAreSearched() {
        assertThat(ids(SearchQuery.text("stylist"))).containsExactly(SOFIA.lineageId());
        assertThat(ids(SearchQuery.text("brick"))).containsExactly(SHOP.lineageId());
        assertThat(ids(SearchQuery.text("apron athletic"))).containsExactly(MARCUS.lineageId());
    }

    @Test
    void anExactNameBeatsAMentionInADescription() {
        assertThat(ids(SearchQuery.text("marcus"))).startsWith(MARCUS.lineageId()).contains(SOFIA.lineageId());
    }

    @Test
    void everyWordMustMatch() {
        assertThat(ids(SearchQuery.text("marcus brick"))).isEmpty();
    }

    @Test
    void scopeCategoryAndTagFiltersCombineWithAQuery() {
        assertThat(ids(query("marc", Set.of(Q1), null, List.of(), false))).containsExactlyInAnyOrder(MARCUS.lineageId(), SOFIA.lineageId());
        assertThat(ids(query("marc", Set.of(Q1, SearchQuery.GLOBAL_SCOPE), LEAD_CAST, List.of(), false))).containsExactly(MARCUS.lineageId());
        assertThat(ids(query(null, Set.of(), TALENT, List.of(), false)))
                .containsExactlyInAnyOrder(MARCUS.lineageId(), SOFIA.lineageId(), MARCELLA.lineageId());
        assertThat(ids(query(null, Set.of(), null, List.of("stylist", "barbershop"), false)))
                .containsExactlyInAnyOrder(SOFIA.lineageId(), SHOP.lineageId());
        assertThat(ids(query(null, Set.of(), null, List.of("barber", "lead-cast"), true))).containsExactly(MARCUS.lineageId());
        assertThat(ids(new SearchQuery(null, Set.of(), null, List.of(), false, "stock", null, null, SearchSort.NAME, 0, 50)))
                .containsExactly(SHOP.lineageId());
        assertThat(ids(new SearchQuery(null, Set.of(), null, List.of(), false, null, Instant.parse("2026-01-15T00:00:00Z"),
                Instant.parse("2026-03-31T00:00:00Z"), SearchSort.NAME, 0, 50))).containsExactly(SHOP.lineageId(), SOFIA.lineageId());
    }

    @Test
    void aProjectScopeAlsoFindsTheGlobalAssetsItImported() {
        AssetDocument imported = new AssetDocument(UUID.randomUUID(), "Neon Alley", "wet street", List.of(), "", List.of(ENVIRONMENT),
                "Environment", SearchQuery.GLOBAL_SCOPE, List.of(SUMMER), null, Instant.parse("2026-06-01T00:00:00Z"), null, 0, false);
        index.put(imported);

        assertThat(ids(query(null, Set.of(SUMMER), null, List.of(), false)))
                .containsExactlyInAnyOrder(MARCELLA.lineageId(), imported.lineageId());
        assertThat(ids(query(null, Set.of(Q1), null, List.of(), false))).doesNotContain(imported.lineageId());
    }

    @Test
    void archivedAssetsAreNotFound() {
        assertThat(ids(SearchQuery.text("old"))).isEmpty();
        assertThat(index.search(query(null, Set.of(), null, List.of(), false)).total()).isEqualTo(4);
    }

    @Test
    void matchesAreHighlightedAndTheRestIsEscaped() {
        AssetDocument html = doc("<b>Bold</b> Marcus", "a <script> in the description", List.of(), "", List.of(TALENT), Q1, null, "2026-05-01", 0);
        index.put(html);

        SearchHit hit = index.search(SearchQuery.text("marc")).hits().stream()
                .filter(candidate -> candidate.lineageId().equals(html.lineageId())).findFirst().orElseThrow();
        assertThat(hit.highlightedName()).isEqualTo("&lt;b&gt;Bold&lt;&#x2F;b&gt; <mark>Marcus</mark>");
        SearchHit marcus = index.search(SearchQuery.text("fade")).hits().getFirst();
        assertThat(marcus.highlightedDescription()).contains("<mark>fade</mark>");
        SearchHit typo = index.search(SearchQuery.text("Marcsu")).hits().getFirst();
        assertThat(typo.highlightedName()).contains("<mark>Marcus</mark>");
    }

    @Test
    void tagCountsDescribeAllHits() {
        SearchResult result = index.search(query(null, Set.of(Q1), null, List.of(), false));

        assertThat(result.tagCounts()).containsEntry("lead-cast", 2).containsEntry("barber", 1).containsEntry("stylist", 1)
                .doesNotContainKey("barbershop");
    }

    @Test
    void sortingAndPaging() {
        SearchQuery byUsage = new SearchQuery(null, Set.of(), null, List.of(), false, null, null, null, SearchSort.USAGE, 0, 2);
        SearchResult firstPage = index.search(byUsage);
        assertThat(firstPage.total()).isEqualTo(4);
        assertThat(firstPage.hits()).extracting(SearchHit::lineageId).containsExactly(SHOP.lineageId(), MARCUS.lineageId());
        SearchQuery secondPage = new SearchQuery(null, Set.of(), null, List.of(), false, null, null, null, SearchSort.USAGE, 2, 2);
        assertThat(ids(secondPage)).containsExactly(SOFIA.lineageId(), MARCELLA.lineageId());
        SearchQuery byName = new SearchQuery(null, Set.of(), null, List.of(), false, null, null, null, SearchSort.NAME, 0, 10);
        assertThat(ids(byName)).containsExactly(SHOP.lineageId(), MARCELLA.lineageId(), MARCUS.lineageId(), SOFIA.lineageId());
    }

    @Test
    void categoryTagsAndScopeSortWithTheNameAsTieBreaker() {
        assertThat(ids(sortedBy(SearchSort.CATEGORY)))
                .containsExactly(SHOP.lineageId(), MARCELLA.lineageId(), MARCUS.lineageId(), SOFIA.lineageId());
        assertThat(ids(sortedBy(SearchSort.TAGS)))
                .containsExactly(MARCUS.lineageId(), SHOP.lineageId(), MARCELLA.lineageId(), SOFIA.lineageId());
        assertThat(ids(sortedBy(SearchSort.SCOPE)))
                .containsExactly(SHOP.lineageId(), MARCELLA.lineageId(), MARCUS.lineageId(), SOFIA.lineageId());
    }

    private static SearchQuery sortedBy(SearchSort sort) {
        return new SearchQuery(null, Set.of(), null, List.of(), false, null, null, null, sort, 0, 10);
    }

    @Test
    void changesAreVisibleAtOnceAndTheIndexSurvivesReopening() throws Exception {
        AssetDocument renamed = new AssetDocument(MARCUS.lineageId(), "Marcus Reed", MARCUS.description(), MARCUS.tags(),
                MARCUS.attributesText(), MARCUS.categoryPath(), MARCUS.categoryName(), MARCUS.scope(), List.of(), MARCUS.source(), MARCUS.createdAt(), null, 25, false);
        index.put(renamed);
        index.remove(SOFIA.lineageId());
        assertThat(ids(SearchQuery.text("reed"))).containsExactly(MARCUS.lineageId());
        assertThat(ids(SearchQuery.text("sofia"))).isEmpty();

        index.recordDataVersion("v2");
        index.destroy();
        index = new LuceneSearchIndex(directory);

        assertThat(index.dataVersion()).isEqualTo("v2");
        assertThat(index.size()).isEqualTo(4);
        assertThat(ids(SearchQuery.text("reed"))).containsExactly(MARCUS.lineageId());
    }

    @Test
    void anUpdatePutsRemovesAndRecordsItsDataVersionInOneCommit() throws Exception {
        AssetDocument renamed = new AssetDocument(MARCUS.lineageId(), "Marcus Reed", MARCUS.description(), MARCUS.tags(),
                MARCUS.attributesText(), MARCUS.categoryPath(), MARCUS.categoryName(), MARCUS.scope(), List.of(), MARCUS.source(), MARCUS.createdAt(), null, 25, false);
        long generation = commits();

        index.update(List.of(renamed), List.of(SOFIA.lineageId()), "v7");

        assertThat(commits()).as("one commit").isEqualTo(generation + 1);
        assertThat(ids(SearchQuery.text("reed"))).containsExactly(MARCUS.lineageId());
        assertThat(ids(SearchQuery.text("sofia"))).isEmpty();
        index.update(List.of(), List.of(SHOP.lineageId()), null);
        index.destroy();
        index = new LuceneSearchIndex(directory);
        assertThat(index.dataVersion()).as("kept when none is given").isEqualTo("v7");
        assertThat(index.size()).isEqualTo(3);
    }

    @Test
    void aDelayedCommitLeavesTheSaveSearchableAtOnceAndReachesTheDiskInTheBackground() throws Exception {
        index.destroy();
        index = new LuceneSearchIndex(directory, java.time.Duration.ofMillis(300));
        AssetDocument renamed = new AssetDocument(MARCUS.lineageId(), "Marcus Reed", MARCUS.description(), MARCUS.tags(),
                MARCUS.attributesText(), MARCUS.categoryPath(), MARCUS.categoryName(), MARCUS.scope(), List.of(), MARCUS.source(), MARCUS.createdAt(), null, 25, false);
        long generation = commits();

        index.update(List.of(renamed), List.of(SOFIA.lineageId()), "v8");

        assertThat(commits()).as("no commit on the caller's thread").isEqualTo(generation);
        assertThat(ids(SearchQuery.text("reed"))).as("searchable at once").containsExactly(MARCUS.lineageId());
        assertThat(index.dataVersion()).isEqualTo("v8");
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
        while (commits() == generation && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(commits()).as("committed in the background").isEqualTo(generation + 1);
        assertThat(committedDataVersion()).isEqualTo("v8");
    }

    @Test
    void closingCommitsWhatIsStillPending() throws Exception {
        index.destroy();
        index = new LuceneSearchIndex(directory, java.time.Duration.ofHours(1));
        index.update(List.of(), List.of(SOFIA.lineageId()), "v9");
        assertThat(committedDataVersion()).as("not on disk yet").isNotEqualTo("v9");

        index.destroy();
        index = new LuceneSearchIndex(directory);

        assertThat(index.dataVersion()).isEqualTo("v9");
        assertThat(ids(SearchQuery.text("sofia"))).isEmpty();
    }

    @Test
    void aChangeAfterTheBackgroundCommitsStoppedIsCommittedAtOnce() throws Exception {
        index.destroy();
        IndexCommits commits;
        try (org.apache.lucene.store.Directory lucene = org.apache.lucene.store.FSDirectory.open(directory);
             org.apache.lucene.index.IndexWriter writer = new org.apache.lucene.index.IndexWriter(lucene,
                     new org.apache.lucene.index.IndexWriterConfig())) {
            commits = new IndexCommits(writer, java.time.Duration.ofHours(1));
            commits.close();
            writer.deleteDocuments(new org.apache.lucene.index.Term(LuceneSearchIndex.ID, SOFIA.lineageId().toString()));
            commits.changed("v10");
        }
        assertThat(committedDataVersion()).isEqualTo("v10");
        index = new LuceneSearchIndex(directory);
    }

    @Test
    void closingWhileABackgroundCommitRunsWaitsForItInsteadOfBreakingTheWriter() throws Exception {
        // an interrupted commit closes Lucene's file channels and with them the writer; a closing index must not interrupt it
        index.destroy();
        for (int round = 0; round < 40; round++) {
            index = new LuceneSearchIndex(directory, java.time.Duration.ofMillis(1));
            index.put(doc("Round " + round, "", List.of(), "", List.of(TALENT), Q1, null, "2026-05-01", 0));
            index.update(List.of(), List.of(), "r" + round);
            Thread.sleep(round % 3);
            index.destroy();
        }
        index = new LuceneSearchIndex(directory);
        assertThat(index.dataVersion()).isEqualTo("r39");
    }

    private String committedDataVersion() throws java.io.IOException {
        try (org.apache.lucene.store.Directory lucene = org.apache.lucene.store.FSDirectory.open(directory)) {
            return org.apache.lucene.index.SegmentInfos.readLatestCommit(lucene).getUserData().get("dataVersion");
        }
    }

    private long commits() throws java.io.IOException {
        try (org.apache.lucene.store.Directory lucene = org.apache.lucene.store.FSDirectory.open(directory)) {
            return org.apache.lucene.index.SegmentInfos.getLastCommitGeneration(lucene);
        }
    }

    @Test
    void laterPagesOfAQueryKeepItsCountsAndAChangeRecountsThem() {
        SearchQuery first = new SearchQuery("", Set.of(), null, List.of(), false, null, null, null, SearchSort.NAME, 0, 2);
        SearchQuery second = new SearchQuery("", Set.of(), null, List.of(), false, null, null, null, SearchSort.NAME, 2, 2);
        SearchResult one = index.search(first);
        SearchResult two = index.search(second);

        assertThat(two.total()).isEqualTo(one.total());
        assertThat(two.tagCounts()).isEqualTo(one.tagCounts());
        assertThat(two.hits()).extracting(SearchHit::lineageId).doesNotContainAnyElementsOf(one.hits().stream().map(SearchHit::lineageId).toList());

        index.put(doc("Zed", "new", List.of("barber"), "", List.of(TALENT), Q1, null, "2026-05-01", 0));
        SearchResult afterChange = index.search(second);
        assertThat(afterChange.total()).isEqualTo(one.total() + 1);
        assertThat(afterChange.tagCounts().get("barber")).isEqualTo(one.tagCounts().get("barber") + 1);
    }
}
