package studio.thresho.exchange.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.List;
import studio.thresho.asset.category.CategoryNode;
import studio.thresho.exchange.ExportProgress;
import studio.thresho.exchange.ExportRequest;
import studio.thresho.exchange.LibraryExportService;

/**
 * Export of the whole library or of one category (with its sub-categories), for this project,
 * the global library or both: a ZIP the Import dialog of any installation reads back.
 */
class ExportDialog extends Dialog {

    static final String WHOLE_LIBRARY = "The whole library";
    static final String ONE_CATEGORY = "One category (with its sub-categories)";
    private static final int POLL_MILLIS = 500;

    final RadioButtonGroup<String> what = new RadioButtonGroup<>("What");
    final ComboBox<CategoryNode> category = new ComboBox<>("Category");
    final RadioButtonGroup<ExportRequest.LibraryScope> scope = new RadioButtonGroup<>("Whose assets");
    final RadioButtonGroup<ExportRequest.Versions> versions = new RadioButtonGroup<>("Versions");
    final Anchor download;
    final ProgressBar progress = new ProgressBar();
    final Paragraph status = new Paragraph();
    private final ExportDownload handler;

    ExportDialog(LibraryExportService exports, List<CategoryNode> tree, boolean hasProject) {
        setHeaderTitle("Export");
        addClassName("export-dialog");
        what.setItems(WHOLE_LIBRARY, ONE_CATEGORY);
        what.setValue(WHOLE_LIBRARY);
        category.setItems(tree);
        category.setItemLabelGenerator(node -> "  ".repeat(node.depth()) + node.name());
        category.setVisible(false);
        what.addValueChangeListener(change -> category.setVisible(ONE_CATEGORY.equals(change.getValue())));
        scope.setItems(hasProject ? List.of(ExportRequest.LibraryScope.values()) : List.of(ExportRequest.LibraryScope.GLOBAL));
        scope.setItemLabelGenerator(ExportRequest.LibraryScope::label);
        scope.setValue(hasProject ? ExportRequest.LibraryScope.PROJECT : ExportRequest.LibraryScope.GLOBAL);
        versions.setItems(ExportRequest.Versions.values());
        versions.setItemLabelGenerator(ExportRequest.Versions::label);
        versions.setValue(ExportRequest.Versions.ALL);
        progress.setVisible(false);

        handler = new ExportDownload(exports, this::request, this::showProgress);
        download = new Anchor(handler, "Download ZIP");
        download.addClassName("export-download");
        download.getElement().addEventListener("click", click -> started());
        Button cancel = new Button("Cancel export", click -> {
            handler.cancel();
            status.setText("Cancelled.");
            stopPolling();
        });
        Paragraph explanation = new Paragraph("One folder per asset, with its images in their original bytes and an asset.json "
                + "holding its fields, tags, versions, prompt fragments and consistency settings. Import it on the Library page of "
                + "any installation.");
        add(explanation, what, category, scope, versions, progress, status);
        getFooter().add(new Button("Close", click -> close()), cancel, download);
        addDialogCloseActionListener(close -> {
            stopPolling();
            close();
        });
    }

    /** The export the current choices ask for; a category export without a category is the whole library. */
    ExportRequest request() {
        ExportRequest.LibraryScope chosenScope = scope.getValue() == null ? ExportRequest.LibraryScope.GLOBAL : scope.getValue();
        ExportRequest.Versions chosenVersions = versions.getValue() == null ? ExportRequest.Versions.ALL : versions.getValue();
        if (ONE_CATEGORY.equals(what.getValue()) && category.getValue() != null) {
            return new ExportRequest.Category(category.getValue().id(), chosenScope, chosenVersions);
        }
        return new ExportRequest.Library(chosenScope, chosenVersions);
    }

    private void started() {
        progress.setVisible(true);
        progress.setIndeterminate(true);
        status.setText("Preparing the export…");
        UI.getCurrent().setPollInterval(POLL_MILLIS);
    }

    private void showProgress(ExportProgress step) {
        progress.setIndeterminate(false);
        progress.setValue(step.total() == 0 ? 1 : (double) step.done() / step.total());
        status.setText(step.done() + " of " + step.total() + " assets written");
        if (step.done() == step.total()) {
            stopPolling();
        }
    }

    private void stopPolling() {
        UI.getCurrent().setPollInterval(-1);
    }
}
