package studio.thresho.asset.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import studio.thresho.asset.AssetDetail;
import studio.thresho.asset.AssetDraft;
import studio.thresho.asset.AssetService;
import studio.thresho.asset.category.CategoryService;
import studio.thresho.project.CurrentProjectService;
import studio.thresho.project.ProjectService;
import studio.thresho.project.ProjectSummary;
import studio.thresho.security.SystemAuthentication;
import studio.thresho.security.TestLogins;
import studio.thresho.testsupport.KaribuTest;

class AssetDetailViewTest extends KaribuTest {

    @Autowired
    ProjectService projects;
    @Autowired
    CurrentProjectService currentProject;
    @Autowired
    AssetService assets;
    @Autowired
    CategoryService categories;
    @Autowired
    JdbcTemplate jdbc;

    private AssetDetail chair;

    @BeforeEach
    void aPropExists() {
        ProjectSummary project = SystemAuthentication.runAsSystem(() -> projects.create("Detail " + UUID.randomUUID(), null));
        logins.loginAs(TestLogins.EDITOR);
        currentProject.select(project.id());
        UUID props = categories.tree().stream().filter(node -> node.slug().equals("props")).findFirst().orElseThrow().id();
        chair = assets.save(new AssetDraft(null, null, props, "Barber Chair", null, false, null, List.of("vintage"),
                Map.of("description", "Chrome and oxblood leather hydraulic chair", "material", "chrome, leather")));
    }

    @Test
    void showsTheAssetsFactsFieldsAndTags() {
        UI.getCurrent().navigate("asset/" + chair.lineageId());

        String text = _get(AssetDetailView.class).getElement().getTextRecursively();
        assertThat(text).contains("Barber Chair", "Category: Props", "Library: Project", "Usage: 0 generations",
                "Chrome and oxblood leather", "Material", "#vintage", "Draft · Reference images missing");
    }

    @Test
    void deleteAsksForConfirmationThenRemovesTheAsset() {
        UI.getCurrent().navigate("asset/" + chair.lineageId());

        _click(_get(Button.class, spec -> spec.withId("delete-asset")));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(confirm.isOpened()).isTrue();
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(confirm);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> assets.get(chair.lineageId())).hasMessageContaining("no longer exists");
        _get(LibraryView.class);
    }

    @Test
    void anAssetUsedInGenerationsIsOfferedArchivingInsteadOfDeletion() {
        jdbc.update("INSERT INTO asset_usage (id, asset_id) VALUES (?, ?)", UUID.randomUUID().toString(), chair.versionId().toString());
        UI.getCurrent().navigate("asset/" + chair.lineageId());

        _get(AssetDetailView.class).delete();

        ConfirmDialog offer = _get(ConfirmDialog.class);
        assertThat(com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._getText(offer)).contains("Archive it instead");
        assertThat(assets.get(chair.lineageId()).archived()).isFalse();
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(offer);
        assertThat(assets.get(chair.lineageId()).archived()).isTrue();
    }

    @Test
    void duplicateOpensTheCopy() {
        UI.getCurrent().navigate("asset/" + chair.lineageId());

        _click(_get(Button.class, spec -> spec.withText("Duplicate")));

        AssetDetailView copy = _get(AssetDetailView.class);
        assertThat(copy.asset().name()).isEqualTo("Barber Chair (copy)");
        assertThat(copy.asset().values()).containsEntry("material", "chrome, leather");
    }

    @Test
    void aSecondDuplicateIsNumbered() {
        UI.getCurrent().navigate("asset/" + chair.lineageId());
        _click(_get(Button.class, spec -> spec.withText("Duplicate")));
        UI.getCurrent().navigate("asset/" + chair.lineageId());

        _click(_get(Button.class, spec -> spec.withText("Duplicate")));

        assertThat(_get(AssetDetailView.class).asset().name()).isEqualTo("Barber Chair (copy 2)");
        assertThat(_get(AssetDetailView.class).asset().slug()).isEqualTo("barber-chair-copy-2");
    }

    @Test
    void aLightingPresetOffersNoDeleteAndEditingItEditsACopyInTheProject() {
        UI.getCurrent().navigate("asset/00000000-0000-4000-8000-000000000207");
        AssetDetailView detail = _get(AssetDetailView.class);
        assertThat(detail.getElement().getTextRecursively()).contains("Rembrandt", "Library: Global · system preset", "Complete");
        _assertNone(Button.class, spec -> spec.withId("delete-asset"));

        _click(_get(Button.class, spec -> spec.withText("Edit")));
        PresetCopyDialog dialog = _get(PresetCopyDialog.class);
        assertThat(dialog.library.getValue()).isEqualTo(PresetCopyDialog.PROJECT);
        _click(dialog.primaryButton());

        AssetFormView form = _get(AssetFormView.class);
        assertThat(form.name.getValue()).isEqualTo("Rembrandt (copy)");
        assertThat(form.slug.getHelperText()).contains("follows its new name");
        assertThat(form.imagesEditor.images().images()).hasSize(1);
        assertThat(assets.get(UUID.fromString("00000000-0000-4000-8000-000000000207")).versionCount()).isEqualTo(1);
    }

    @Test
    void theFormOfAPresetIsNotOpened() {
        UI.getCurrent().navigate("asset/00000000-0000-4000-8000-000000000207/edit");

        assertThat(_get(AssetFormView.class).getElement().getTextRecursively()).contains("Nothing to edit here",
                "Rembrandt ships with the studio and stays as it is");
    }

    @Test
    void promoteToGlobalThenTheProjectKeepsItAsAnImport() {
        UI.getCurrent().navigate("asset/" + chair.lineageId());

        _click(_get(Button.class, spec -> spec.withText("Promote to Global")));

        assertThat(assets.get(chair.lineageId()).global()).isTrue();
        assertThat(_get(AssetDetailView.class).getElement().getTextRecursively()).contains("Library: Global");
        _click(_get(Button.class, spec -> spec.withText("Remove from project")));
        _click(_get(Button.class, spec -> spec.withText("Import into project")));
        _get(Button.class, spec -> spec.withText("Remove from project"));
    }

    @Test
    void usageHistoryListsTheGenerationsThatUsedTheAsset() {
        UI.getCurrent().navigate("asset/" + chair.lineageId());
        assertThat(_get(AssetDetailView.class).getElement().getTextRecursively()).contains("Not used in any generation or shot yet");

        String generation = UUID.randomUUID().toString();
        jdbc.update("INSERT INTO generation_records (id, provider_id, prompt) VALUES (?, 'offline', 'a barber chair')", generation);
        jdbc.update("INSERT INTO asset_usage (id, asset_id, generation_record_id) VALUES (?, ?, ?)", UUID.randomUUID().toString(),
                chair.versionId().toString(), generation);
        UI.getCurrent().navigate("asset/" + chair.lineageId() + "/edit");
        UI.getCurrent().navigate("asset/" + chair.lineageId());

        assertThat(_get(AssetDetailView.class).getElement().getTextRecursively()).contains("Used 1 time; no result images to show yet.");
        UsageHistory history = _get(UsageHistory.class);
        _click(history.viewAll);
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._size(history.all)).isEqualTo(1);
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow(history.all, 0)).contains("v1.0.0");
    }

    @Test
    void viewersSeeTheAssetButNoEditActions() {
        logins.loginAs(TestLogins.VIEWER);
        UI.getCurrent().navigate("asset/" + chair.lineageId());

        _get(AssetDetailView.class);
        _assertNone(Button.class, spec -> spec.withText("Edit"));
    }

    @Test
    void anUnknownAssetSaysSo() {
        UI.getCurrent().navigate("asset/" + UUID.randomUUID());

        assertThat(_get(AssetDetailView.class).getElement().getTextRecursively()).contains("This asset does not exist");
    }
}
