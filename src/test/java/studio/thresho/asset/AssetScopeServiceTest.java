package studio.thresho.asset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import studio.thresho.asset.category.CategoryNode;
import studio.thresho.asset.category.CategoryService;
import studio.thresho.asset.search.SearchQuery;
import studio.thresho.asset.search.SearchSort;
import studio.thresho.project.CurrentProjectService;
import studio.thresho.project.ProjectService;
import studio.thresho.project.ProjectSummary;
import studio.thresho.security.SystemAuthentication;
import studio.thresho.security.TestLogins;
import studio.thresho.testsupport.IntegrationTest;

@IntegrationTest
class AssetScopeServiceTest {

    @Autowired
    AssetService assets;
    @Autowired
    AssetScopeService scopes;
    @Autowired
    AssetSearchService search;
    @Autowired
    CategoryService categories;
    @Autowired
    ProjectService projects;
    @Autowired
    CurrentProjectService currentProject;
    @Autowired
    TestLogins logins;
    @Autowired
    JdbcTemplate jdbc;

    private ProjectSummary q1;
    private ProjectSummary summer;
    private final String token = "sc" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);

    @BeforeEach
    void twoProjects() {
        logins.ensureTestUsers();
        q1 = SystemAuthentication.runAsSystem(() -> projects.create("Scope A " + UUID.randomUUID(), null));
        summer = SystemAuthentication.runAsSystem(() -> projects.create("Scope B " + UUID.randomUUID(), null));
        logins.loginAs(TestLogins.EDITOR);
        currentProject.select(q1.id());
    }

    @AfterEach
    void signOut() {
        TestLogins.logout();
    }

    private UUID talent() {
        return categories.tree().stream().filter(node -> node.slug().equals("talent")).map(CategoryNode::id).findFirst().orElseThrow();
    }

    private List<UUID> inProject(ProjectSummary project) {
        return search.search(new SearchQuery(token, Set.of(project.id().toString()), null, List.of(), false, null, null, null,
                SearchSort.RELEVANCE, 0, 20)).hits().stream().map(hit -> hit.asset().lineageId()).toList();
    }

    @Test
    void promotingMovesEveryVersionToTheGlobalLibraryAndTheProjectKeepsIt() {
        AssetDetail marcus = assets.save(new AssetDraft(null, null, talent(), "Marcus " + token, null, false, null, List.of(), Map.of()));
        jdbc.update("INSERT INTO asset_usage (id, asset_id) VALUES (?, ?)", UUID.randomUUID().toString(), marcus.versionId().toString());

        AssetScopeService.Promotion promoted = scopes.promoteToGlobal(marcus.lineageId());

        assertThat(promoted.asset().global()).isTrue();
        assertThat(promoted.asset().versionId()).as("references to the version stay valid").isEqualTo(marcus.versionId());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM assets_library WHERE lineage_id = ? AND project_id IS NOT NULL",
                Integer.class, marcus.lineageId().toString())).isZero();
        assertThat(inProject(q1)).as("the project sees it as an imported global asset").contains(marcus.lineageId());
        assertThat(inProject(summer)).doesNotContain(marcus.lineageId());
        assertThatThrownBy(() -> scopes.promoteToGlobal(marcus.lineageId())).hasMessageContaining("global library already");
    }

    @Test
    void aSlugTakenInTheGlobalLibraryGetsASuffixOnPromotion() {
        String slug = "hero-" + token;
        assets.save(new AssetDraft(null, null, talent(), "Hero", slug, true, null, List.of(), Map.of()));
        AssetDetail local = assets.save(new AssetDraft(null, null, talent(), "Hero", slug, false, null, List.of(), Map.of()));

        AssetScopeService.Promotion promoted = scopes.promoteToGlobal(local.lineageId());

        assertThat(promoted.slugChanged()).isTrue();
        assertThat(promoted.previousSlug()).isEqualTo(slug);
        assertThat(promoted.asset().slug()).isEqualTo(slug + "-2");
    }

    @Test
    void importingReferencesAGlobalAssetAndRemovingTheImportKeepsIt() {
        AssetDetail lamp = assets.save(new AssetDraft(null, null, talent(), "Lamp " + token, null, true, null, List.of(), Map.of()));
        currentProject.select(summer.id());
        assertThat(inProject(summer)).doesNotContain(lamp.lineageId());

        scopes.importIntoCurrentProject(lamp.lineageId());
        assertThat(scopes.isImportedIntoCurrentProject(lamp.lineageId())).isTrue();
        assertThat(inProject(summer)).contains(lamp.lineageId());

        scopes.removeFromCurrentProject(lamp.lineageId());
        assertThat(inProject(summer)).doesNotContain(lamp.lineageId());
        assertThat(assets.get(lamp.lineageId()).global()).isTrue();

        AssetDetail local = assets.save(new AssetDraft(null, null, talent(), "Local " + token, null, false, null, List.of(), Map.of()));
        assertThatThrownBy(() -> scopes.importIntoCurrentProject(local.lineageId())).hasMessageContaining("Only global assets");
    }

    @Test
    void deletingAProjectKeepsTheAssetsItPromoted() {
        ProjectSummary doomed = SystemAuthentication.runAsSystem(() -> projects.create("Doomed " + UUID.randomUUID(), null));
        currentProject.select(doomed.id());
        AssetDetail kept = assets.save(new AssetDraft(null, null, talent(), "Kept " + token, null, false, null, List.of(), Map.of()));
        AssetDetail gone = assets.save(new AssetDraft(null, null, talent(), "Gone " + token, null, false, null, List.of(), Map.of()));
        scopes.promoteToGlobal(kept.lineageId());

        jdbc.update("DELETE FROM projects WHERE id = ?", doomed.id().toString());

        assertThat(assets.get(kept.lineageId()).global()).isTrue();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM asset_lineages WHERE id = ?", Integer.class, gone.lineageId().toString())).isZero();
    }
}
