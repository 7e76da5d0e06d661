package studio.thresho.asset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import studio.thresho.asset.search.SearchIndex;
import studio.thresho.asset.search.SearchQuery;
import studio.thresho.asset.search.SearchSort;
import studio.thresho.project.ProjectSummary;
import studio.thresho.security.TestLogins;
import studio.thresho.testsupport.IntegrationTest;

/** The index follows every committed change and is rebuilt when stale. */
@IntegrationTest
class AssetSearchTest {

    @Autowired
    AssetService assets;
    @Autowired
    AssetLifecycleService lifecycle;
    @Autowired
    AssetSearchService search;
    @Autowired
    AssetIndexer indexer;
    @Autowired
    SearchIndex index;
    @Autowired
    TestLogins logins;
    @Autowired
    SearchIndexBatches batches;
    @Autowired
    studio.thresho.asset.category.CategoryService categories;
    @Autowired
    studio.thresho.testsupport.Workspace workspace;

    private ProjectSummary project;
    private final String token = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);

    @BeforeEach
    void editorInAProject() {
        project = workspace.editorInNewProject("Search");
    }

    @AfterEach
    void signOut() {
        TestLogins.logout();
    }

    private UUID category(String slug) {
        return workspace.category(slug);
    }

    private List<UUID> found(String text) {
        return search.search(SearchQuery.text(text)).hits().stream().map(hit -> hit.asset().lineageId()).toList();
    }

    @Test
    void savedAssetsAreFoundByNameTagsAndProfileValuesAndLeaveWhenDeleted() {
        AssetDetail marcus = assets.save(new AssetDraft(null, null, category("talent"), "Marcus " + token, null, false, null,
                List.of("barber-" + token), Map.of("hair", "short fade " + token + "hair")));

        assertThat(found(token.substring(0, 5))).contains(marcus.lineageId());
        assertThat(found(token + "hair")).containsExactly(marcus.lineageId());
        LibraryHit hit = search.search(SearchQuery.text(token)).hits().getFirst();
        assertThat(hit.asset().name()).isEqualTo("Marcus " + token);
        assertThat(hit.highlightedName()).contains("<mark>" + token + "</mark>");

        AssetDetail renamed = assets.save(new AssetDraft(marcus.lineageId(), marcus.lockVersion(), marcus.categoryId(),
                "Renamed " + token + "x", null, false, null, List.of(), Map.of()));
        assertThat(search.search(SearchQuery.text(token + "x")).hits()).extracting(h -> h.asset().name()).containsExactly(renamed.name());

        lifecycle.delete(marcus.lineageId());
        assertThat(found(token)).isEmpty();
    }

    @Test
    void aBatchIndexesItsSavesWhenClosedAndOnlyThenRecordsTheDataVersion() {
        AssetDetail first;
        try (IndexBatch batch = batches.open()) {
            first = assets.save(new AssetDraft(null, null, category("props"), "Stool " + token, null, false, null, List.of(), Map.of()));
            assertThat(found(token)).as("held back while the batch is open").isEmpty();
            assertThat(index.dataVersion()).isNotEqualTo(indexer.dataVersion());
        }
        assertThat(found(token)).containsExactly(first.lineageId());
        assertThat(index.dataVersion()).isEqualTo(indexer.dataVersion());

        AssetDetail afterBatch = assets.save(new AssetDraft(null, null, category("props"), "Bench " + token, null, false, null, List.of(), Map.of()));
        assertThat(found(token)).as("one by one again once closed").contains(afterBatch.lineageId());
    }

    @Test
    void aBatchLeftByAFailureStillIndexesWhatWasSaved() {
        UUID[] saved = new UUID[1];
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> {
            try (IndexBatch batch = batches.open()) {
                saved[0] = assets.save(new AssetDraft(null, null, category("props"), "Crate " + token, null, false, null, List.of(), Map.of()))
                        .lineageId();
                throw new IllegalStateException("the import broke");
            }
        }).hasMessage("the import broke");
        assertThat(found(token)).containsExactly(saved[0]);
    }

    @Test
    void aBatchWritesTheIndexEveryFlushAtAssets() {
        try (IndexBatch batch = batches.open()) {
            for (int i = 0; i < IndexBatch.FLUSH_AT; i++) {
                assets.save(new AssetDraft(null, null, category("props"), "Box " + i + " " + token, null, false, null, List.of(), Map.of()));
            }
            assertThat(search.search(new SearchQuery(token, null, null, List.of(), false, null, null, null, SearchSort.RELEVANCE, 0, 10))
                    .total()).isEqualTo(IndexBatch.FLUSH_AT);
        }
    }

    @Test
    void archivedAssetsLeaveTheSearchAndScopesFilter() {
        AssetDetail local = assets.save(new AssetDraft(null, null, category("props"), "Chair " + token, null, false, null, List.of(), Map.of()));
        AssetDetail global = assets.save(new AssetDraft(null, null, category("props"), "Lamp " + token, null, true, null, List.of(), Map.of()));

        SearchQuery onlyProject = new SearchQuery(token, Set.of(project.id().toString()), null, List.of(), false, null, null, null,
                SearchSort.RELEVANCE, 0, 10);
        assertThat(search.search(onlyProject).hits()).extracting(h -> h.asset().lineageId()).containsExactly(local.lineageId());

        lifecycle.setArchived(global.lineageId(), true);
        assertThat(found(token)).containsExactly(local.lineageId());
    }

    @Test
    void movingOrRenamingACategoryReindexesItsAssets() {
        var studios = categories.create("Studios " + token, category("environment"), null);
        var lofts = categories.create("Lofts " + token, category("environment"), null);
        AssetDetail loft = assets.save(new AssetDraft(null, null, lofts.id(), "Loft " + token, null, false, null, List.of(), Map.of()));

        categories.move(lofts.id(), studios.id());
        SearchQuery inStudios = new SearchQuery(token, Set.of(), studios.id(), List.of(), false, null, null, null, SearchSort.RELEVANCE, 0, 10);
        assertThat(search.search(inStudios).hits()).extracting(h -> h.asset().lineageId()).containsExactly(loft.lineageId());

        AssetDetail studio = assets.save(new AssetDraft(null, null, studios.id(), "Studio " + token, null, false, null, List.of(), Map.of()));
        SearchQuery byCategory = new SearchQuery(token, Set.of(), null, List.of(), false, null, null, null, SearchSort.CATEGORY, 0, 10);
        assertThat(search.search(byCategory).hits()).extracting(h -> h.asset().lineageId()).containsExactly(loft.lineageId(), studio.lineageId());
        categories.rename(lofts.id(), "Zz lofts " + token);
        assertThat(search.search(byCategory).hits()).extracting(h -> h.asset().lineageId()).containsExactly(studio.lineageId(), loft.lineageId());
        assertThat(index.dataVersion()).isEqualTo(indexer.dataVersion());
    }

    @Test
    void aStaleIndexIsRebuiltFromTheDatabase() {
        AssetDetail shop = assets.save(new AssetDraft(null, null, category("environment"), "Shop " + token, null, false, null,
                List.of(), Map.of("description", "brick")));
        index.rebuild(List.of(), "stale");
        assertThat(found(token)).isEmpty();

        indexer.rebuildIfStale();

        assertThat(found(token)).containsExactly(shop.lineageId());
        assertThat(index.dataVersion()).isEqualTo(indexer.dataVersion());
    }

    @Autowired
    AssetScopeService scopes;
    @Autowired
    studio.thresho.project.ProjectService projects;

    @Test
    void theDataVersionIsTheChangeLogsLatestIdAndEveryCommittedChangeMovesIt() {
        long before = Long.parseLong(indexer.dataVersion());

        assets.save(AssetDraft.create(category("props"), "Chair " + token, Map.of()));

        assertThat(Long.parseLong(indexer.dataVersion())).isGreaterThan(before);
        assertThat(index.dataVersion()).isEqualTo(indexer.dataVersion());
    }

    @Test
    void aRebuildReplacesStaleDocumentsAndDropsThoseOfLineagesThatNoLongerExist() {
        AssetDetail chair = assets.save(AssetDraft.create(category("props"), "Chair " + token, Map.of()));
        UUID vanished = UUID.randomUUID();
        index.put(new studio.thresho.asset.search.AssetDocument(vanished, "Ghost " + token, null, List.of(), "", List.of(category("props")),
                "Props", project.id().toString(), List.of(), "uploaded", java.time.Instant.now(), null, 0, false));
        index.put(new studio.thresho.asset.search.AssetDocument(chair.lineageId(), "Stale name", null, List.of(), "", List.of(category("props")),
                "Props", project.id().toString(), List.of(), "uploaded", java.time.Instant.now(), null, 0, false));
        index.recordDataVersion("stale");
        assertThat(index.lineageIds()).contains(vanished);
        assertThat(found(token)).isEmpty();

        indexer.rebuildIfStale();

        assertThat(found(token)).containsExactly(chair.lineageId());
        assertThat(index.lineageIds()).doesNotContain(vanished);
        assertThat(index.dataVersion()).isEqualTo(indexer.dataVersion());
        assertThat(indexer.rebuilding()).isFalse();
    }

    @Test
    void deletingAProjectTakesItsAssetsAndImportsOutOfTheIndexWithoutARebuild() {
        AssetDetail own = assets.save(AssetDraft.create(category("props"), "Own chair " + token, Map.of()));
        AssetDetail global = assets.save(new AssetDraft(null, null, category("props"), "Global lamp " + token, null, true, null, List.of(), Map.of()));
        scopes.importIntoCurrentProject(global.lineageId());
        SearchQuery inProject = new SearchQuery(token, Set.of(project.id().toString()), null, List.of(), false, null, null, null,
                SearchSort.NAME, 0, 10);
        assertThat(search.search(inProject).hits()).hasSize(2);
        long indexed = index.size();

        logins.loginAs(TestLogins.ADMIN);
        projects.delete(project.id());

        assertThat(search.search(inProject).hits()).isEmpty();
        assertThat(found(token)).containsExactly(global.lineageId());
        assertThat(index.size()).isEqualTo(indexed - 1);
        assertThat(index.dataVersion()).isEqualTo(indexer.dataVersion());
    }
}
