package studio.thresho.exchange.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutor;
import studio.thresho.asset.category.CategoryNode;
import studio.thresho.base.UserFacingException;
import studio.thresho.base.ui.Notifications;
import studio.thresho.exchange.BulkImportService;
import studio.thresho.exchange.ConflictChoice;
import studio.thresho.exchange.ImportFiles;
import studio.thresho.exchange.ImportPreview;
import studio.thresho.exchange.ImportProgress;
import studio.thresho.exchange.ImportReport;
import studio.thresho.exchange.PlannedAsset;
import studio.thresho.exchange.PlannedImage;
import studio.thresho.exchange.SafeZip;
import studio.thresho.exchange.ZipLimits;
import studio.thresho.media.MediaService;
import studio.thresho.media.UrlImporter;

/**
 * The library's Import dialog (FR-8.1): a ZIP (or a folder) of images, one sub-folder per asset;
 * a preview of what will be created before anything is, a progress bar while the import runs
 * (in the background, the page polling for news), then a report per asset.
 */
class ImportDialog extends Dialog {

    static final int POLL_MILLIS = 500;

    final Select<CategoryNode> category = new Select<>();
    final Upload zipUpload = new Upload();
    final FolderPicker folderPicker;
    final Grid<PlannedAsset> preview = new Grid<>();
    final Grid<ImportReport.Outcome> report = new Grid<>();
    final Paragraph summary = new Paragraph();
    final ProgressBar progress = new ProgressBar();
    final Span progressText = new Span();
    final Button importButton = new Button("Import");
    final RadioButtonGroup<ConflictChoice> onConflict = new RadioButtonGroup<>("Assets already in the library");
    final SingleImageSource singleImage;

    private final BulkImportService imports;
    private final Runnable onLibraryChanged;
    private final Executor background;
    private ImportFiles files;
    private ImportPreview planned;

    ImportDialog(BulkImportService imports, Sources sources, List<CategoryNode> tree, Runnable onLibraryChanged) {
        this(imports, sources, tree, onLibraryChanged, new DelegatingSecurityContextExecutor(Executors.newVirtualThreadPerTaskExecutor()));
    }

    /** The single-image ways in: the web address download and the media ingest a pasted image goes through. */
    record Sources(UrlImporter urls, MediaService media) {
    }

    /** @param background runs the import; it must carry the signed-in user (tests pass one that runs at once) */
    ImportDialog(BulkImportService imports, Sources sources, List<CategoryNode> tree, Runnable onLibraryChanged, Executor background) {
        this.imports = imports;
        this.onLibraryChanged = onLibraryChanged;
        this.background = background;
        setHeaderTitle("Import into the library");
        setWidth("min(960px, 95vw)");
        addClassName("import-dialog");

        Paragraph how = new Paragraph("A ZIP or a folder, an image address or a pasted image: in a ZIP or folder each sub-folder becomes an asset named after it. Put asset folders in a folder "
                + "named like a category (Talent/Marcus/...) or choose the category below. headshot.jpg is the headshot; files named "
                + "front-face, left, right, back, 3-4, action, smile fill character-sheet views; an optional asset.json fills fields.");
        how.addClassName("dialog-note");
        category.setLabel("Category for folders that do not name one");
        category.setItems(tree);
        category.setItemLabelGenerator(node -> node == null ? "" : "\u2003".repeat(node.depth()) + node.name());
        category.setEmptySelectionAllowed(true);
        category.setEmptySelectionCaption("From the folder names only");
        category.addValueChangeListener(change -> {
            if (files != null && change.isFromClient()) {
                showPreview();
            }
        });

        zipUpload.setAcceptedFileTypes("application/zip", ".zip");
        zipUpload.setMaxFiles(1);
        zipUpload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, ZipLimits.MAX_UPLOAD_BYTES));
        zipUpload.setDropLabel(new Span("Drop a ZIP here"));
        zipUpload.setUploadHandler(UploadHandler.toTempFile((metadata, file) -> {
            UI ui = UI.getCurrent() != null ? UI.getCurrent() : getUI().orElseThrow();
            ui.access(() -> previewZip(file.toPath()));
        }));
        folderPicker = new FolderPicker(this::previewFolder);
        singleImage = new SingleImageSource(sources.urls(), sources.media(), this::previewFolder, this::refuse);

        preview.addColumn(PlannedAsset::folder).setHeader("Folder").setFlexGrow(2);
        preview.addColumn(PlannedAsset::name).setHeader("Asset").setFlexGrow(2);
        preview.addColumn(PlannedAsset::categoryName).setHeader("Category");
        preview.addColumn(asset -> asset.images().stream().map(PlannedImage::role).collect(Collectors.joining(", ")))
                .setHeader("Images").setFlexGrow(3);
        preview.addColumn(ImportDialog::plannedStatus).setHeader("Will be").setFlexGrow(2);
        preview.setAllRowsVisible(true);
        preview.setVisible(false);
        report.addColumn(ImportReport.Outcome::name).setHeader("Asset").setFlexGrow(2);
        report.addColumn(outcome -> outcome.result().label()).setHeader("Result");
        report.addColumn(ImportReport.Outcome::message).setHeader("Details").setFlexGrow(3);
        report.setAllRowsVisible(true);
        report.setVisible(false);
        progress.setVisible(false);
        progressText.setVisible(false);
        summary.addClassName("import-summary");

        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.setEnabled(false);
        importButton.addClickListener(click -> startImport());
        HorizontalLayout ways = new HorizontalLayout(zipUpload, folderPicker);
        ways.setAlignItems(HorizontalLayout.Alignment.CENTER);
        onConflict.setItems(ConflictChoice.values());
        onConflict.setItemLabelGenerator(ConflictChoice::label);
        onConflict.setValue(ConflictChoice.SKIP);
        onConflict.setVisible(false);
        onConflict.addValueChangeListener(change -> updateImportButton());
        // paste goes to the focused element: the whole body takes it, the address field included
        Div body = new Div(how, category, ways, singleImage, summary, preview, onConflict, progress, progressText, report);
        body.addClassName("import-dialog-body");
        singleImage.takePastesIn(body);
        add(body);
        getFooter().add(new Button("Close", click -> close()), importButton);
        addDetachListener(detach -> closeFiles());
    }

    private static String plannedStatus(PlannedAsset asset) {
        if (asset.problem() != null) {
            return "Refused: " + asset.problem();
        }
        String versions = asset.versionCount() > 1 ? " with " + asset.versionCount() + " versions" : "";
        return asset.duplicate() ? "Already in the library: skipped, a new version or a copy, as chosen below" : "Created" + versions;
    }

    /** Shows what importing the ZIP would create. */
    void previewZip(Path zip) {
        try {
            replaceFiles(SafeZip.open(zip));
        } catch (UserFacingException refused) {
            refuse(refused.getMessage());
        } finally {
            deleteQuietly(zip);
        }
    }

    void previewFolder(ImportFiles folder) {
        replaceFiles(folder);
    }

    private void replaceFiles(ImportFiles opened) {
        closeFiles();
        files = opened;
        showPreview();
    }

    private void showPreview() {
        try {
            planned = imports.preview(files, category.getValue() == null ? null : category.getValue().id());
        } catch (UserFacingException refused) {
            refuse(refused.getMessage());
            return;
        }
        report.setVisible(false);
        preview.setItems(planned.assets());
        preview.setVisible(true);
        summary.setText(planned.summary() + (planned.skipped().isEmpty() ? "" : ". Skipped: " + String.join("; ", planned.skipped())));
        onConflict.setVisible(duplicates() > 0);
        updateImportButton();
    }

    private long duplicates() {
        return planned.assets().stream().filter(asset -> asset.duplicate() && asset.problem() == null).count();
    }

    private void updateImportButton() {
        if (planned == null) {
            return;
        }
        long count = planned.importable() + (onConflict.getValue() != ConflictChoice.SKIP ? duplicates() : 0);
        importButton.setText("Import " + count + (count == 1 ? " asset" : " assets"));
        importButton.setEnabled(count > 0);
    }

    private void refuse(String message) {
        closeFiles();
        planned = null;
        preview.setVisible(false);
        importButton.setEnabled(false);
        summary.setText(message);
        Notifications.error(message);
    }

    private void startImport() {
        if (planned == null || files == null) {
            return;
        }
        UI ui = UI.getCurrent();
        ImportPreview running = planned;
        ImportFiles source = files;
        ConflictChoice choice = onConflict.getValue() == null ? ConflictChoice.SKIP : onConflict.getValue();
        files = null; // the import owns them now: closing the dialog must not pull them away mid-run
        importButton.setEnabled(false);
        zipUpload.setVisible(false);
        folderPicker.setVisible(false);
        singleImage.setVisible(false);
        progress.setVisible(true);
        progressText.setVisible(true);
        progress.setValue(0);
        ui.setPollInterval(POLL_MILLIS);
        background.execute(() -> {
            try {
                ImportReport done = imports.run(source, running, choice, step -> ui.access(() -> showProgress(step)));
                ui.access(() -> finished(ui, done, null));
            } catch (UserFacingException refused) {
                ui.access(() -> finished(ui, null, refused.getMessage()));
            } catch (RuntimeException failure) {
                ui.access(() -> finished(ui, null, "The import stopped: " + failure.getMessage()));
                throw failure;
            } finally {
                closeQuietly(source);
            }
        });
    }

    private void showProgress(ImportProgress step) {
        progress.setValue(step.fraction());
        progressText.setText(step.done() + " of " + step.total() + (step.current() == null ? "" : " · " + step.current()));
    }

    private void finished(UI ui, ImportReport done, String failure) {
        ui.setPollInterval(-1);
        progress.setVisible(false);
        progressText.setVisible(false);
        preview.setVisible(false);
        planned = null;
        if (done != null) {
            report.setItems(done.outcomes());
            report.setVisible(true);
            summary.setText(done.summary());
            Notifications.success("Import finished: " + done.summary());
        } else {
            summary.setText(failure);
            Notifications.error(failure);
        }
        onLibraryChanged.run();
    }

    private void closeFiles() {
        if (files != null) {
            closeQuietly(files);
            files = null;
        }
    }

    private static void closeQuietly(ImportFiles opened) {
        try {
            opened.close();
        } catch (IOException ignored) {
            // a temporary file left for the OS to clear
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // temporary file
        }
    }

    ImportPreview planned() {
        return planned;
    }

}
