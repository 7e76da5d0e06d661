package studio.thresho.exchange.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import studio.thresho.asset.AssetDetail;
import studio.thresho.asset.AssetDraft;
import studio.thresho.asset.AssetService;
import studio.thresho.asset.category.CategoryNode;
import studio.thresho.asset.category.CategoryService;
import studio.thresho.exchange.ExportRequest;
import studio.thresho.exchange.LibraryExportService;
import studio.thresho.security.TestLogins;
import studio.thresho.testsupport.KaribuTest;
import studio.thresho.testsupport.Workspace;

class ExportDialogTest extends KaribuTest {

    @Autowired
    LibraryExportService exports;
    @Autowired
    CategoryService categories;
    @Autowired
    AssetService assets;
    @Autowired
    Workspace workspace;

    @Test
    void viewersFindExportButNotImportOnTheLibraryPage() {
        workspace.editorInNewProject("Export dialog");
        openAs(TestLogins.VIEWER, "library");

        assertThat(_find(Button.class, spec -> spec.withClasses("library-import"))).isEmpty();
        _click(_get(Button.class, spec -> spec.withClasses("library-export")));

        ExportDialog dialog = _get(ExportDialog.class);
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.download.getHref()).isNotBlank();
    }

    @Test
    void theChoicesMakeTheRequest() {
        workspace.editorInNewProject("Export choices");
        ExportDialog dialog = new ExportDialog(exports, categories.tree(), true);
        dialog.open();

        assertThat(dialog.request()).isEqualTo(new ExportRequest.Library(ExportRequest.LibraryScope.PROJECT));
        assertThat(dialog.category.isVisible()).isFalse();

        dialog.what.setValue(ExportDialog.ONE_CATEGORY);
        CategoryNode talent = categories.tree().stream().filter(node -> node.slug().equals("talent")).findFirst().orElseThrow();
        dialog.category.setValue(talent);
        dialog.scope.setValue(ExportRequest.LibraryScope.BOTH);

        assertThat(dialog.category.isVisible()).isTrue();
        assertThat(dialog.request()).isEqualTo(new ExportRequest.Category(talent.id(), ExportRequest.LibraryScope.BOTH));

        assertThat(dialog.versions.getValue()).as("every version unless asked").isEqualTo(ExportRequest.Versions.ALL);
        dialog.versions.setValue(ExportRequest.Versions.ACTIVE);

        assertThat(dialog.request()).isEqualTo(new ExportRequest.Category(talent.id(), ExportRequest.LibraryScope.BOTH,
                ExportRequest.Versions.ACTIVE));
    }

    @Test
    void withoutAProjectOnlyTheGlobalLibraryIsOffered() {
        workspace.editorInNewProject("Export global");
        ExportDialog dialog = new ExportDialog(exports, categories.tree(), false);

        assertThat(dialog.request()).isEqualTo(new ExportRequest.Library(ExportRequest.LibraryScope.GLOBAL));
    }

    @Test
    void anAssetsDetailPageOffersExport() {
        workspace.editorInNewProject("Export detail");
        AssetDetail chair = assets.save(AssetDraft.create(workspace.category("environment"), "Export Chair", Map.of()));
        logins.loginAs(TestLogins.VIEWER);

        UI.getCurrent().navigate("asset/" + chair.lineageId());

        _click(_get(Button.class, spec -> spec.withClasses("asset-export")));
        AssetExportDialog dialog = _get(AssetExportDialog.class);
        assertThat(dialog.download.getHref()).isNotBlank();
        assertThat(dialog.request()).isEqualTo(new ExportRequest.OneAsset(chair.lineageId(), null, ExportRequest.Versions.ALL));

        dialog.versions.setValue(ExportRequest.Versions.ACTIVE);

        assertThat(dialog.request()).isEqualTo(new ExportRequest.OneAsset(chair.lineageId(), null, ExportRequest.Versions.ACTIVE));
    }
}
