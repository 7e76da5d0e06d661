package studio.thresho.exchange.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import studio.thresho.asset.category.CategoryService;
import studio.thresho.exchange.BulkImportService;
import studio.thresho.exchange.FolderFiles;
import studio.thresho.exchange.ImportReport;
import studio.thresho.exchange.PlannedAsset;
import studio.thresho.exchange.TestZipFiles;
import studio.thresho.media.TestImages;
import studio.thresho.testsupport.KaribuTest;
import studio.thresho.testsupport.Workspace;

class ImportDialogTest extends KaribuTest {

    @Autowired
    BulkImportService imports;
    @Autowired
    CategoryService categories;
    @Autowired
    Workspace workspace;
    @Autowired
    studio.thresho.media.UrlImporter urls;
    @Autowired
    studio.thresho.media.MediaService media;

    private final AtomicInteger refreshed = new AtomicInteger();

    @BeforeEach
    void editorInAProject() {
        workspace.editorInNewProject("Import dialog");
    }

    private ImportDialog dialog() {
        // the import runs at once on the test's thread; its news arrive through the UI's queue
        ImportDialog dialog = new ImportDialog(imports, new ImportDialog.Sources(urls, media), categories.tree(), refreshed::incrementAndGet, Runnable::run);
        dialog.open();
        return dialog;
    }

    @Test
    void theLibraryHeaderOffersImportToEditors() {
        UI.getCurrent().navigate("library");

        _click(_get(Button.class, spec -> spec.withClasses("library-import")));

        assertThat(_get(ImportDialog.class).isOpened()).isTrue();
    }

    @Test
    void aZipIsPreviewedThenImportedAndReportedPerAsset() {
        Path zip = TestZipFiles.of(
                "Talent/Marcus/headshot.jpg", TestImages.jpeg(64, 80, 21),
                "Talent/Marcus/front-face.png", TestImages.png(64, 64, 22),
                "Talent/Sofia/headshot.jpg", TestImages.text("not an image"),
                "readme.txt", "hi".getBytes(StandardCharsets.UTF_8));
        ImportDialog dialog = dialog();

        dialog.previewZip(zip);

        assertThat(rowsOf(dialog.preview)).extracting(PlannedAsset::name).containsExactly("Marcus", "Sofia");
        assertThat(dialog.summary.getText()).startsWith("2 to create, 0 already in the library, 0 refused, 1 files skipped");
        assertThat(dialog.importButton.getText()).isEqualTo("Import 2 assets");

        _click(dialog.importButton);
        MockVaadin.clientRoundtrip(false);

        assertThat(dialog.report.isVisible()).isTrue();
        assertThat(rowsOf(dialog.report)).extracting(ImportReport.Outcome::name, outcome -> outcome.result().label()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Marcus", "Created"), org.assertj.core.groups.Tuple.tuple("Sofia", "Refused"));
        assertThat(dialog.summary.getText()).isEqualTo("1 created, 0 skipped as duplicates, 1 refused");
        assertThat(refreshed).hasValue(1);
    }

    @Test
    void anUnsafeZipIsRefusedWithItsReasonAndNothingToImport() {
        ImportDialog dialog = dialog();

        dialog.previewZip(TestZipFiles.of("../../outside/headshot.jpg", TestImages.jpeg(16, 16, 1)));

        assertThat(dialog.summary.getText()).contains("points outside its folder");
        assertThat(dialog.importButton.isEnabled()).isFalse();
        assertThat(dialog.preview.isVisible()).isFalse();
    }

    @Test
    void aChosenFolderIsPreviewedInTheChosenCategory() throws Exception {
        ImportDialog dialog = dialog();
        dialog.category.setValue(categories.tree().stream().filter(node -> node.slug().equals("props")).findFirst().orElseThrow());
        FolderFiles folder = new FolderFiles();
        folder.add("Chairs/Vintage Chair/chair.jpg", new ByteArrayInputStream(TestImages.jpeg(40, 40, 5)));

        dialog.folderPicker.received(folder);

        assertThat(rowsOf(dialog.preview)).singleElement().satisfies(asset -> {
            assertThat(asset.name()).isEqualTo("Vintage Chair");
            assertThat(asset.categoryName()).isEqualTo("Props");
        });
    }

    @Test
    void anAssetAlreadyInTheLibraryIsSkippedUnlessCopyIsChosen() {
        Path zip = TestZipFiles.of("Talent/Marcus Dialog/headshot.jpg", TestImages.jpeg(64, 80, 31));
        ImportDialog first = dialog();
        first.previewZip(zip);
        _click(first.importButton);
        MockVaadin.clientRoundtrip(false);

        ImportDialog dialog = dialog();
        dialog.previewZip(TestZipFiles.of("Talent/Marcus Dialog/headshot.jpg", TestImages.jpeg(64, 80, 31)));

        assertThat(dialog.onConflict.isVisible()).isTrue();
        assertThat(dialog.importButton.isEnabled()).isFalse();
        dialog.onConflict.setValue(studio.thresho.exchange.ConflictChoice.COPY);
        assertThat(dialog.importButton.getText()).isEqualTo("Import 1 asset");

        _click(dialog.importButton);
        MockVaadin.clientRoundtrip(false);

        assertThat(rowsOf(dialog.report)).singleElement().satisfies(outcome -> {
            assertThat(outcome.result()).isEqualTo(ImportReport.Result.CREATED);
            assertThat(outcome.message()).contains("as Marcus Dialog (copy)");
        });
    }
}
