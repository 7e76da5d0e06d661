package studio.thresho.lora.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import studio.thresho.asset.AssetDetail;
import studio.thresho.base.UserFacingException;
import studio.thresho.base.ui.Notifications;
import studio.thresho.lora.LoraModel;
import studio.thresho.lora.LoraModelService;

/** The LoRAs of one talent: what each is, how it is used, whether it is outdated; Add and Remove for editors. */
class LoraModelsDialog extends Dialog {

    final Div rows = new Div();
    final Button add = new Button("Add LoRA…", VaadinIcon.PLUS.create());
    private final LoraModelService loras;
    private final AssetDetail talent;
    private final boolean canEdit;

    LoraModelsDialog(LoraModelService loras, AssetDetail talent, boolean canEdit) {
        this.loras = loras;
        this.talent = talent;
        this.canEdit = canEdit;
        setHeaderTitle("LoRA models of " + talent.name());
        addClassName("lora-models-dialog");
        rows.addClassName("lora-model-rows");
        add.addClassName("lora-add");
        add.setVisible(canEdit);
        add.addClickListener(click -> new AddLoraDialog(loras, talent, this::refresh).open());
        add(rows);
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
        model.outdated().ifPresent(note -> {
            Span flag = new Span(" ⚠ " + note);
            flag.addClassName("lora-outdated");
            row.add(flag);
        });
        if (canEdit) {
            Button remove = new Button("Remove", click -> remove(model));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.addClassName("lora-remove");
            row.add(remove);
        }
        return row;
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
