package studio.thresho.asset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import studio.thresho.asset.VersionComparison.ImageStatus;
import studio.thresho.asset.category.VersionBump;
import studio.thresho.asset.search.SearchQuery;
import studio.thresho.media.MediaService;
import studio.thresho.media.TestImages;
import studio.thresho.security.TestLogins;
import studio.thresho.testsupport.IntegrationTest;

/** FR-11 against the database: numbering, proposals, history, restore, the active version, pins and concurrent saves. */
@IntegrationTest
class AssetVersioningTest {

    @Autowired
    AssetService assets;
    @Autowired
    AssetVersionService versions;
    @Autowired
    AssetUsageService usage;
    @Autowired
    AssetSearchService search;
    @Autowired
    MediaService media;
    @Autowired
    TestLogins logins;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    studio.thresho.asset.category.CategoryService categories;
    @Autowired
    studio.thresho.testsupport.Workspace workspace;

    private final String token = "vq" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);

    @BeforeEach
    void editorInAProject() {
        workspace.editorInNewProject("Versions");
    }

    @AfterEach
    void signOut() {
        TestLogins.logout();
    }

    private AssetDetail marcus() {
        Map<String, Object> values = new HashMap<>();
        values.put("physical_description", "Black male, mid-30s, short fade, well-groomed beard");
        values.put("hair", "short fade");
        values.put("default_wardrobe", "black apron over a white t-shirt");
        return assets.save(new AssetDraft(null, null, workspace.category("talent"), "Marcus " + token, null, false, null,
                List.of("barber"), values));
    }

    private static AssetDraft edit(AssetDetail from, String key, Object value) {
        Map<String, Object> values = new HashMap<>(from.values());
        values.put(key, value);
        return new AssetDraft(from.lineageId(), from.lockVersion(), from.categoryId(), from.name(), null, false, from.source(),
                from.tags(), values);
    }

    private static AssetDraft tagged(AssetDetail from, String... tags) {
        return new AssetDraft(from.lineageId(), from.lockVersion(), from.categoryId(), from.name(), null, false, from.source(),
                List.of(tags), from.values());
    }

    private String image(long seed) {
        return media.ingest("v-" + seed + ".png", TestImages.png(90, 120, seed)).key();
    }

    @Test
    void patchMinorAndMajorChangesNumberTheVersions() {
        AssetDetail v1 = marcus();
        assertThat(v1.version()).isEqualTo("1.0.0");
        assertThat(v1.versionNotes()).isEqualTo("Initial creation");

        AssetDetail v101 = assets.save(tagged(v1, "barber", "lead-cast"));
        AssetDetail v110 = assets.save(edit(v101, "default_wardrobe", "gold chain over the apron"));
        AssetDetail v200 = assets.save(edit(v110, "hair", "shaved"));

        assertThat(List.of(v101.version(), v110.version(), v200.version())).containsExactly("1.0.1", "1.1.0", "2.0.0");
        assertThat(v110.versionNotes()).isEqualTo("Default wardrobe changed");
        assertThat(v200.active()).isTrue();
        assertThat(v200.latest()).isTrue();
        assertThat(v200.versionCount()).isEqualTo(4);
        List<VersionSummary> history = versions.history(v1.lineageId());
        assertThat(history).extracting(VersionSummary::version).containsExactly("2.0.0", "1.1.0", "1.0.1", "1.0.0");
        assertThat(history.getFirst().active()).isTrue();
        assertThat(history.getFirst().author()).isNotBlank();
        assertThat(history.subList(1, 4)).noneMatch(VersionSummary::active);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM assets_library WHERE lineage_id = ? AND is_latest", Integer.class,
                v1.lineageId().toString())).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT parent_version_id FROM assets_library WHERE id = ?", String.class,
                v200.versionId().toString())).isEqualTo(v110.versionId().toString());
    }

    @Test
    void theProposalSavesNothingAndTheUserMayOverrideIt() {
        AssetDetail v1 = marcus();
        AssetDraft wardrobe = edit(v1, "default_wardrobe", "denim shirt");

        VersionProposal proposal = assets.propose(wardrobe, null);

        assertThat(proposal.proposed()).isEqualTo(VersionBump.MINOR);
        assertThat(proposal.changes()).extracting(VersionChange::subject).containsExactly("Default wardrobe");
        assertThat(proposal.next(VersionBump.MINOR)).isEqualTo("1.1.0");
        assertThat(versions.history(v1.lineageId())).hasSize(1);

        AssetDetail saved = assets.save(wardrobe, null, new VersionRequest(VersionBump.MAJOR, "  New look for Q2  ", null));
        assertThat(saved.version()).isEqualTo("2.0.0");
        assertThat(saved.versionNotes()).isEqualTo("New look for Q2");
    }

    @Test
    void aSaveWithoutChangesCreatesNoVersion() {
        AssetDetail v1 = marcus();

        assertThat(assets.propose(AssetDraft.of(v1), null).hasChanges()).isFalse();
        AssetDetail same = assets.save(AssetDraft.of(v1));

        assertThat(same.versionId()).isEqualTo(v1.versionId());
        assertThat(versions.history(v1.lineageId())).hasSize(1);
    }

    @Test
    void imagesAreSharedBetweenVersionsAndCompared() {
        AssetDetail v1 = marcus();
        String headshot = image(1);
        String front = image(2);
        AssetDetail withImages = assets.save(AssetDraft.of(v1), ImageSet.empty().add(headshot, ImageType.HEADSHOT, null, null)
                .add(front, ImageType.CHARACTER_SHEET, null, null).add(image(3), ImageType.REFERENCE, null, null).images(),
                VersionRequest.proposed());
        assertThat(withImages.version()).isEqualTo("1.1.0");
        assertThat(withImages.imagesOf(ImageType.COMPOSITE)).hasSize(1);
        Integer files = jdbc.queryForObject("SELECT COUNT(*) FROM media_files", Integer.class);

        AssetDetail renamed = assets.save(new AssetDraft(v1.lineageId(), null, v1.categoryId(), "Marcus Reed " + token, null, false, null,
                withImages.tags(), withImages.values()));

        assertThat(renamed.version()).isEqualTo("1.1.1");
        assertThat(renamed.images()).extracting(AssetImageView::mediaKey)
                .containsExactlyElementsOf(withImages.images().stream().map(AssetImageView::mediaKey).toList());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM media_files", Integer.class)).isEqualTo(files);

        ImageSet newHeadshot = ImageSet.of(renamed.images()).add(image(4), ImageType.HEADSHOT, null, null);
        AssetDetail v2 = assets.save(AssetDraft.of(renamed), newHeadshot.images(), VersionRequest.proposed());
        assertThat(v2.version()).isEqualTo("2.0.0");

        VersionComparison comparison = versions.compare(v1.lineageId(), "1.1.1", "2.0.0");
        assertThat(comparison.images()).filteredOn(row -> row.slot().equals("Headshot")).singleElement()
                .extracting(VersionComparison.ImageRow::status).isEqualTo(ImageStatus.CHANGED);
        assertThat(comparison.images()).filteredOn(row -> row.status() == ImageStatus.ADDED).extracting(VersionComparison.ImageRow::slot)
                .containsExactly("Reference");
        VersionComparison names = versions.compare(v1.lineageId(), "1.0.0", "1.1.1");
        assertThat(names.fields()).filteredOn(VersionComparison.FieldRow::changed).extracting(VersionComparison.FieldRow::label)
                .contains("Name");
        assertThat(names.fields()).filteredOn(row -> row.label().equals("Hair")).singleElement()
                .satisfies(row -> assertThat(row.changed()).isFalse());
        assertThat(names.images()).extracting(VersionComparison.ImageRow::status).containsOnly(ImageStatus.ADDED);
    }

    @Test
    void restoreCreatesANewVersionFromAnOldOne() {
        AssetDetail v1 = marcus();
        AssetDetail v2 = assets.save(edit(v1, "hair", "shaved"));

        AssetDetail restored = versions.restore(v1.lineageId(), "1.0.0", null);

        assertThat(restored.version()).isEqualTo("3.0.0");
        assertThat(restored.values()).containsEntry("hair", "short fade");
        assertThat(restored.versionNotes()).isEqualTo("Restored v1.0.0");
        assertThat(versions.get(v1.lineageId(), "2.0.0").values()).containsEntry("hair", "shaved");
        assertThat(versions.history(v1.lineageId())).extracting(VersionSummary::version).containsExactly("3.0.0", "2.0.0", "1.0.0");
        assertThat(versions.restore(v1.lineageId(), "3.0.0", null).versionId()).isEqualTo(restored.versionId());
        assertThat(v2.version()).isEqualTo("2.0.0");
    }

    @Test
    void theActiveVersionIsWhatTheLibraryShowsAndMayDifferFromTheLatest() {
        AssetDetail v1 = marcus();
        AssetDetail v2 = assets.save(new AssetDraft(v1.lineageId(), null, v1.categoryId(), "Marcus Renamed " + token, null, false, null,
                v1.tags(), v1.values()));

        AssetDetail active = versions.setActive(v1.lineageId(), v1.versionId());

        assertThat(active.active()).isTrue();
        assertThat(active.latest()).isFalse();
        assertThat(assets.get(v1.lineageId()).version()).isEqualTo("1.0.0");
        assertThat(assets.latest(v1.lineageId()).version()).isEqualTo(v2.version());
        assertThat(search.search(SearchQuery.text(token)).hits()).singleElement()
                .satisfies(hit -> assertThat(hit.asset().name()).isEqualTo("Marcus " + token));

        AssetDetail v3 = assets.save(edit(assets.latest(v1.lineageId()), "persona", "Calm"));
        assertThat(v3.active()).isFalse();
        assertThat(assets.get(v1.lineageId()).version()).isEqualTo("1.0.0");
        AssetDetail v4 = assets.save(edit(v3, "persona", "Warm"), null, new VersionRequest(null, null, true));
        assertThat(assets.get(v1.lineageId()).versionId()).isEqualTo(v4.versionId());
    }

    @Test
    void aPinnedVersionWinsOverTheActiveOneAndUseIsRecordedPerVersion() {
        AssetDetail v1 = marcus();
        AssetDetail v2 = assets.save(edit(v1, "hair", "shaved"));

        assertThat(versions.resolve(v1.lineageId(), null).versionId()).isEqualTo(v2.versionId());
        assertThat(versions.resolve(v1.lineageId(), v1.versionId()).values()).containsEntry("hair", "short fade");
        assertThat(versions.exactVersion(v1.versionId()).version()).isEqualTo("1.0.0");
        AssetDetail other = assets.save(AssetDraft.create(workspace.category("props"), "Chair " + token, Map.of()));
        assertThatThrownBy(() -> versions.resolve(v1.lineageId(), other.versionId())).hasMessageContaining("not a version of this asset");

        usage.recordUse(v1.versionId(), null, null);
        usage.recordUse(v2.versionId(), null, null);

        assertThat(assets.get(v1.lineageId()).usageCount()).isEqualTo(2);
        assertThat(usage.history(v1.lineageId(), 10)).extracting(UsageEntry::version).containsExactlyInAnyOrder("1.0.0", "2.0.0");
    }

    @Test
    void aCategoryInAnAssetsHistoryIsKept() {
        var barbers = categories.create("Barbers " + token, workspace.category("talent"), null);
        var stylists = categories.create("Stylists " + token, workspace.category("talent"), null);
        AssetDetail marcus = assets.save(AssetDraft.create(barbers.id(), "Marcus " + token, Map.of()));
        assets.save(new AssetDraft(marcus.lineageId(), null, stylists.id(), marcus.name(), null, false, null, List.of(), marcus.values()));

        assertThatThrownBy(() -> categories.delete(barbers.id())).hasMessageContaining("appears in the version history of 1 asset");
        assertThat(versions.get(marcus.lineageId(), "1.0.0").categoryName()).isEqualTo(barbers.name());
    }

    @Test
    void twoEditorsSavingAtOnceGetDistinctVersionsOrAClearRefusal() throws Exception {
        AssetDetail v1 = marcus();
        UUID editor = jdbc.queryForObject("SELECT created_by FROM asset_lineages WHERE id = ?", UUID.class, v1.lineageId().toString());
        assertThat(editor).isNotNull();

        List<Object> expected = race(v1, true);
        assertThat(expected).filteredOn(AssetDetail.class::isInstance).hasSize(1);
        assertThat(expected).filteredOn(AssetChangedException.class::isInstance).singleElement()
                .satisfies(refused -> assertThat(((Exception) refused).getMessage()).contains("changed meanwhile"));

        List<Object> unconditional = race(assets.latest(v1.lineageId()), false);
        assertThat(unconditional).allMatch(AssetDetail.class::isInstance);
        assertThat(unconditional).extracting(result -> ((AssetDetail) result).version()).containsExactlyInAnyOrder("1.2.0", "1.3.0");
        assertThat(assets.latest(v1.lineageId()).values().get("distinguishing_features")).isIn("scar 0", "scar 1");
    }

    /** Two threads save a change of the same asset at the same moment, each signed in as an editor. */
    private List<Object> race(AssetDetail from, boolean expectLockVersion) throws Exception {
        var authentication = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Object>> futures = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                int n = i;
                Callable<Object> save = () -> {
                    org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(authentication);
                    AssetDraft draft = edit(from, expectLockVersion ? "default_wardrobe" : "distinguishing_features",
                            expectLockVersion ? "wardrobe " + n : "scar " + n);
                    if (!expectLockVersion) {
                        draft = new AssetDraft(draft.lineageId(), null, draft.categoryId(), draft.name(), null, false, draft.source(),
                                draft.tags(), draft.values());
                    }
                    start.await();
                    try {
                        return assets.save(draft);
                    } catch (AssetChangedException refused) {
                        return refused;
                    } finally {
                        org.springframework.security.core.context.SecurityContextHolder.clearContext();
                    }
                };
                futures.add(pool.submit(save));
            }
            start.countDown();
            List<Object> results = new ArrayList<>();
            for (Future<Object> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdown();
        }
    }
}
