package studio.thresho.exchange.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import studio.thresho.asset.AssetDetail;
import studio.thresho.asset.AssetDraft;
import studio.thresho.asset.AssetService;
import studio.thresho.asset.AssetVersionService;
import studio.thresho.asset.ImageDraft;
import studio.thresho.asset.ImageType;
import studio.thresho.asset.VersionRequest;
import studio.thresho.asset.category.CategoryService;
import studio.thresho.exchange.BulkImportService;
import studio.thresho.exchange.ConflictChoice;
import studio.thresho.exchange.ExportRequest;
import studio.thresho.exchange.ImportReport;
import studio.thresho.exchange.LibraryExportService;
import studio.thresho.media.MediaService;
import studio.thresho.media.TestImages;
import studio.thresho.testsupport.KaribuTest;
import studio.thresho.testsupport.Workspace;

/** The import preview of an export ZIP: its versions, the three conflict choices and the report of a new version. */
class ExportImportPreviewTest extends KaribuTest {

    @Autowired
    BulkImportService imports;
    @Autowired
    studio.thresho.media.UrlImporter urls;
    @Autowired
    LibraryExportService exports;
    @Autowired
    CategoryService categories;
    @Autowired
    AssetService assets;
    @Autowired
    AssetVersionService versions;
    @Autowired
    MediaService media;
    @Autowired
    Workspace workspace;

    @TempDir
    Path temp;

    private ImportDialog dialog() {
        ImportDialog dialog = new ImportDialog(imports, new ImportDialog.Sources(urls, media), categories.tree(), () -> { }, Runnable::run);
        dialog.open();
        return dialog;
    }

    @Test
    void anExportWithVersionsIsPreviewedAndOnAConflictOffersSkipNewVersionOrCopy() throws IOException {
        workspace.editorInNewProject("Preview source");
        AssetDetail chair = assets.save(new AssetDraft(null, null, workspace.category("props"), "Preview Chair", null, false, null,
                List.of("chair"), Map.of()), List.of(new ImageDraft(media.ingest("c.jpg", TestImages.jpeg(60, 60, 901)).key(),
                ImageType.REFERENCE, null, null)), VersionRequest.proposed());
        assets.save(new AssetDraft(chair.lineageId(), null, chair.categoryId(), "Preview Chair", null, false, null, List.of("chair", "red"),
                Map.of()), null, VersionRequest.proposed());
        Path zip = temp.resolve("chair.zip");
        try (OutputStream out = Files.newOutputStream(zip)) {
            exports.write(new ExportRequest.OneAsset(chair.lineageId(), null), out, step -> { }, () -> false);
        }

        workspace.editorInNewProject("Preview target");
        ImportDialog fresh = dialog();
        fresh.previewZip(Files.copy(zip, temp.resolve("first.zip"))); // the dialog deletes the upload it read
        assertThat(GridKt._getFormattedRow(fresh.preview, 0)).contains("Preview Chair", "Props", "Created with 2 versions");
        assertThat(fresh.onConflict.isVisible()).isFalse();
        _click(fresh.importButton);
        MockVaadin.clientRoundtrip(false);

        AssetDetail imported = assets.get(rowsOf(fresh.report).getFirst().lineageId());
        assets.save(new AssetDraft(imported.lineageId(), null, imported.categoryId(), imported.name(), null, false, null, List.of("blue"),
                Map.of()), null, VersionRequest.proposed());

        ImportDialog again = dialog();
        again.previewZip(Files.copy(zip, temp.resolve("second.zip")));

        assertThat(again.onConflict.isVisible()).isTrue();
        assertThat(again.onConflict.getListDataView().getItems().toList())
                .containsExactly(ConflictChoice.SKIP, ConflictChoice.NEW_VERSION, ConflictChoice.COPY);
        assertThat(GridKt._getFormattedRow(again.preview, 0)).anyMatch(cell -> cell.startsWith("Already in the library"));
        assertThat(again.importButton.isEnabled()).isFalse();
        again.onConflict.setValue(ConflictChoice.NEW_VERSION);
        assertThat(again.importButton.getText()).isEqualTo("Import 1 asset");
        _click(again.importButton);
        MockVaadin.clientRoundtrip(false);

        assertThat(rowsOf(again.report)).singleElement().satisfies(outcome -> {
            assertThat(outcome.result()).isEqualTo(ImportReport.Result.NEW_VERSION);
            assertThat(outcome.message()).startsWith("as v");
            assertThat(outcome.lineageId()).isEqualTo(imported.lineageId());
            assertThat(versions.history(outcome.lineageId())).hasSize(4);
            assertThat(assets.latest(outcome.lineageId()).tags()).containsExactly("chair", "red");
        });
    }
}
