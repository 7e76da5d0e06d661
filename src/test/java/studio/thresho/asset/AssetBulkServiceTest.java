package studio.thresho.asset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import studio.thresho.security.TestLogins;
import studio.thresho.testsupport.IntegrationTest;
import studio.thresho.testsupport.Workspace;

@IntegrationTest
class AssetBulkServiceTest {

    @Autowired
    AssetBulkService bulk;
    @Autowired
    AssetService assets;
    @Autowired
    Workspace workspace;
    @Autowired
    JdbcTemplate jdbc;

    private AssetDetail marcus;
    private AssetDetail sofia;
    private AssetDetail shop;

    @BeforeEach
    void threeAssets() {
        workspace.editorInNewProject("Bulk");
        marcus = assets.save(new AssetDraft(null, null, workspace.category("talent"), "Marcus", null, false, null, List.of("barber"), Map.of()));
        sofia = assets.save(new AssetDraft(null, null, workspace.category("talent"), "Sofia", null, false, null, List.of(), Map.of()));
        shop = assets.save(new AssetDraft(null, null, workspace.category("environment"), "Shop", null, false, null, List.of(), Map.of()));
    }

    @AfterEach
    void signOut() {
        TestLogins.logout();
    }

    @Test
    void tagsAreAddedAndRemovedOnEveryAsset() {
        BulkReport added = bulk.addTags(List.of(marcus.lineageId(), sofia.lineageId()), List.of(" Lead Cast", "q1"));

        assertThat(added.done()).isEqualTo(2);
        assertThat(assets.get(marcus.lineageId()).tags()).containsExactly("barber", "lead-cast", "q1");
        assertThat(assets.get(sofia.lineageId()).tags()).containsExactly("lead-cast", "q1");

        bulk.removeTags(List.of(marcus.lineageId(), sofia.lineageId()), List.of("q1"));
        assertThat(assets.get(marcus.lineageId()).tags()).containsExactly("barber", "lead-cast");
    }

    @Test
    void aRefusalForOneAssetDoesNotStopTheOthersAndIsReported() {
        UUID leadCast = SystemMove.subCategory(workspace, "talent");

        BulkReport moved = bulk.moveToCategory(List.of(marcus.lineageId(), shop.lineageId()), leadCast);

        assertThat(moved.done()).isEqualTo(1);
        assertThat(moved.outcomes()).filteredOn(outcome -> !outcome.done()).singleElement()
                .satisfies(outcome -> assertThat(outcome.name()).isEqualTo("Shop"))
                .satisfies(outcome -> assertThat(outcome.message()).contains("keeps its kind"));
        assertThat(assets.get(marcus.lineageId()).categoryId()).isEqualTo(leadCast);
        assertThat(moved.summary()).isEqualTo("Move to category: 1 done, 1 refused");
    }

    @Test
    void deleteRefusesUsedAssetsAndPromoteMovesTheRestToTheGlobalLibrary() {
        jdbc.update("INSERT INTO asset_usage (id, asset_id) VALUES (?, ?)", UUID.randomUUID().toString(), marcus.versionId().toString());

        BulkReport deleted = bulk.delete(List.of(marcus.lineageId(), shop.lineageId()));
        assertThat(deleted.outcomes()).extracting(BulkReport.Outcome::done).containsExactly(false, true);
        assertThat(deleted.outcomes().getFirst().message()).contains("Archive it instead");

        BulkReport promoted = bulk.promoteToGlobal(List.of(marcus.lineageId(), sofia.lineageId()));
        assertThat(promoted.done()).isEqualTo(2);
        assertThat(assets.get(sofia.lineageId()).global()).isTrue();
    }

    /** A sub-category to move into, made fresh for the test. */
    static final class SystemMove {
        static UUID subCategory(Workspace workspace, String rootSlug) {
            return studio.thresho.security.SystemAuthentication.runAsSystem(() -> workspace.categories()
                    .create("Lead " + UUID.randomUUID(), workspace.category(rootSlug), null).id());
        }
    }
}
