package studio.thresho.lora.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.util.List;
import studio.thresho.asset.AssetDetail;
import studio.thresho.base.UserFacingException;
import studio.thresho.base.ui.Notifications;
import studio.thresho.lora.LoraKind;
import studio.thresho.lora.LoraModel;
import studio.thresho.lora.LoraModelService;
import studio.thresho.lora.LoraTrainingService;

/** The LoRAs of one talent: what each is, how it is used, whether it is outdated; Add and Remove for editors. */
class LoraModelsDialog extends Dialog {

    final Div rows = new Div();
    final Button add = new Button("Add LoRA…", VaadinIcon.PLUS.create());
    final TrainingList trainings;
    private final LoraModelService loras;
    private final AssetDetail talent;
    private final boolean canEdit;

    LoraModelsDialog(LoraModelService loras, LoraTrainingService trainingService, AssetDetail talent, boolean canEdit) {
        this.loras = loras;
        this.talent = talent;
        this.canEdit = canEdit;
        setHeaderTitle("LoRA models of " + talent.name());
        addClassName("lora-models-dialog");
        setWidth("min(860px, 96vw)");
        rows.addClassName("lora-model-rows");
        add.addClassName("lora-add");
        add.setVisible(canEdit);
        add.addClickListener(click -> new AddLoraDialog(loras, talent, this::refresh).open());
        trainings = new TrainingList(trainingService, talent.lineageId(), canEdit, this::refresh);
        add(rows, trainings);
        getFooter().add(new Button("Close", click -> close()), add);
        refresh();
    }

    void refresh() {
        rows.removeAll();
        List<LoraModel> models = loras.ofTalent(talent.lineageId());
        if (models.isEmpty()) {
            rows.add(new Paragraph("No LoRA yet. Add a trained LoRA and it is used whenever this talent is picked on an engine that can."));
        }
        models.forEach(model -> rows.add(row(model)));
    }

    private Div row(LoraModel model) {
        Div row = new Div();
        row.addClassName("lora-model");
        row.add(new Span(model.shortLabel()), new Span(" · " + model.kind().label() + " · " + model.source()));
        if (model.triggerWord() != null) {
            row.add(new Span(" · trigger " + model.triggerWord()));
        }
        if (model.baseModel() != null) {
            row.add(new Span(" · " + model.baseModel()));
        }
        row.add(new Span(" · from v" + model.trainedFromVersion()));
        if (!model.active()) {
            Span off = new Span(" · switched off: not used in generations");
            off.addClassName("lora-off");
            row.add(off);
        }
        model.outdated().ifPresent(note -> {
            Span flag = new Span(" ⚠ " + note);
            flag.addClassName("lora-outdated");
            row.add(flag);
        });
        if (model.kind() == LoraKind.UPLOAD) {
            Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> loras.file(model).map(content ->
                    new DownloadResponse(content.bytes(), model.source(), "application/octet-stream", content.sizeBytes()))
                    .orElse(DownloadResponse.error(404))), "Download for ComfyUI / AUTOMATIC1111");
            download.getElement().setAttribute("title", "Put the file in the engine's models/loras folder, then add it from the engine's list.");
            download.addClassName("lora-download-file");
            row.add(new Span(" "), download);
        }
        if (canEdit) {
            Button toggle = new Button(model.active() ? "Switch off" : "Switch on", click -> switchOn(model, !model.active()));
            toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            toggle.addClassName("lora-switch");
            row.add(toggle);
            Button remove = new Button("Remove", click -> remove(model));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.addClassName("lora-remove");
            row.add(remove);
        }
        return row;
    }

    private void switchOn(LoraModel model, boolean on) {
        try {
            loras.switchOn(model.id(), on);
        } catch (UserFacingException refused) {
            Notifications.error(refused.getMessage());
        }
        refresh();
    }

    private void remove(LoraModel model) {
        try {
            loras.remove(model.id());
        } catch (UserFacingException refused) {
            Notifications.error(refused.getMessage());
        }
        refresh();
    }
}
