package studio.thresho.lora.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import studio.thresho.asset.AssetSummary;
import studio.thresho.asset.AssetVersionService;
import studio.thresho.base.ui.Notifications;
import studio.thresho.lora.LoraExportRequest;
import studio.thresho.lora.LoraExportService;
import studio.thresho.lora.LoraExportSummary;
import studio.thresho.lora.LoraFormat;
import studio.thresho.lora.LoraTrainingService;

/**
 * Export for LoRA training (FR-10.1): the format and image size for the whole download, then per
 * talent its version, trigger word, class, references and captions to review, and the guidance.
 * Opened for one talent from its detail page, or for several chosen from the library.
 */
class LoraExportDialog extends Dialog {

    /** The resize choice that keeps the originals. */
    static final int ORIGINAL = 0;

    final Select<LoraFormat> format = new Select<>();
    final Select<Integer> resize = new Select<>();
    final MultiSelectComboBox<AssetSummary> talents = new MultiSelectComboBox<>("Talents");
    final Div datasets = new Div();
    final Anchor download;
    final LoraDownload handler;
    final Paragraph status = new Paragraph();
    final List<DatasetEditor> editors = new ArrayList<>();
    final Button train = new Button("Train on Replicate…", VaadinIcon.ROCKET.create());

    private final LoraExportService exports;
    private final AssetVersionService versions;
    private boolean canTrain;

    private LoraExportDialog(LoraExportService exports, AssetVersionService versions) {
        this.exports = exports;
        this.versions = versions;
        setHeaderTitle("Export for LoRA training");
        addClassName("lora-export-dialog");
        setWidth("min(1100px, 96vw)");
        format.setLabel("Format");
        format.setItems(LoraFormat.values());
        format.setItemLabelGenerator(LoraFormat::label);
        format.setValue(LoraFormat.KOHYA);
        format.addClassName("lora-format");
        resize.setLabel("Image size");
        List<Integer> sizes = new ArrayList<>(exports.longSides());
        sizes.add(ORIGINAL);
        resize.setItems(sizes);
        resize.setItemLabelGenerator(size -> size == ORIGINAL ? "Keep the originals" : size + " px long side"
                + (size == exports.defaultLongSide() ? " (recommended)" : ""));
        resize.setValue(exports.defaultLongSide());
        format.addValueChangeListener(change -> editors.forEach(DatasetEditor::refresh));
        resize.addValueChangeListener(change -> editors.forEach(DatasetEditor::refresh));
        datasets.addClassName("lora-datasets");
        status.addClassName("lora-status");

        handler = new LoraDownload(exports, this::requests, this::exported);
        download = new Anchor(handler, "");
        download.add(VaadinIcon.DOWNLOAD.create());
        download.add(" Download ZIP");
        download.addClassName("lora-download");
        Anchor help = new Anchor(LoraWorkflowsView.ROUTE, "Training workflows");
        help.setTarget("_blank");
        help.addClassName("lora-help-link");
        Div options = new Div(format, resize, help);
        options.addClassName("lora-choices");
        add(new Paragraph("Each image goes with a caption: the trigger word, the class, the view and what varies in the picture, "
                + "never the face, hair or marks the LoRA must learn. Review every caption before downloading."), options, talents, datasets, status);
        talents.setVisible(false);
        train.addClassName("lora-train");
        train.setVisible(false);
        format.addValueChangeListener(change -> train.setVisible(canTrain && change.getValue() == LoraFormat.REPLICATE && editors.size() == 1));
        getFooter().add(new Button("Close", click -> close()), train, download);
    }

    /** Editors train the single talent's dataset on Replicate, once Replicate is set up. */
    LoraExportDialog trainable(LoraTrainingService trainings, boolean canEdit) {
        canTrain = canEdit;
        if (!canEdit) {
            return this;
        }
        train.setTooltipText("Uploads this dataset to Replicate and trains a LoRA: a paid request, confirmed first.");
        train.addClickListener(click -> {
            if (!trainings.available()) {
                Notifications.error(LoraTrainingService.NOT_SET_UP);
                return;
            }
            new TrainOnReplicateDialog(trainings, exports.plan(requests().getFirst()).slug(), () -> requests().getFirst(),
                    training -> close()).open();
        });
        return this;
    }

    /** For one talent, the version shown on its page. */
    static LoraExportDialog forTalent(LoraExportService exports, AssetVersionService versions, UUID lineageId, String name, UUID versionId) {
        LoraExportDialog dialog = new LoraExportDialog(exports, versions);
        dialog.addEditor(lineageId, name, versionId);
        return dialog;
    }

    /** For several talents chosen in the dialog from the current project's and the global library. */
    static LoraExportDialog forSeveral(LoraExportService exports, AssetVersionService versions) {
        LoraExportDialog dialog = new LoraExportDialog(exports, versions);
        dialog.talents.setVisible(true);
        dialog.talents.setItems(exports.talents());
        dialog.talents.setItemLabelGenerator(AssetSummary::nameWithRole);
        dialog.talents.addClassName("lora-talents");
        dialog.talents.addValueChangeListener(change -> {
            dialog.editors.clear();
            dialog.datasets.removeAll();
            change.getValue().stream().limit(LoraExportService.MAX_TALENTS)
                    .forEach(talent -> dialog.addEditor(talent.lineageId(), talent.name(), null));
        });
        return dialog;
    }

    private void addEditor(UUID lineageId, String name, UUID versionId) {
        DatasetEditor editor = new DatasetEditor(exports, lineageId, name, versions.history(lineageId), versionId, format::getValue,
                () -> resize.getValue() == null || resize.getValue() == ORIGINAL ? null : resize.getValue());
        editors.add(editor);
        datasets.add(editor);
    }

    List<LoraExportRequest> requests() {
        return editors.stream().map(DatasetEditor::request).toList();
    }

    private void exported(List<LoraExportSummary> recorded) {
        long edited = recorded.stream().mapToLong(LoraExportSummary::editedCaptions).sum();
        int images = recorded.stream().mapToInt(LoraExportSummary::imageCount).sum();
        status.setText("Exported " + images + " images for " + recorded.size() + (recorded.size() == 1 ? " talent" : " talents")
                + (edited > 0 ? ", " + edited + " captions as you edited them." : "."));
        Notifications.success(status.getText());
    }
}
