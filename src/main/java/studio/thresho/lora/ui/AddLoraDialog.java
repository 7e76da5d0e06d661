package studio.thresho.lora.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import studio.thresho.asset.AssetDetail;
import studio.thresho.base.UserFacingException;
import studio.thresho.base.ui.FormDialog;
import studio.thresho.base.ui.Notifications;
import studio.thresho.lora.LoraKind;
import studio.thresho.lora.LoraModelService;
import studio.thresho.lora.LoraSettings;
import studio.thresho.provider.InstalledLoras;

/** Adds one LoRA of a kind: an upload, a Replicate version, a LoRA from an engine's own list, or a weights URL. */
class AddLoraDialog extends FormDialog {

    final RadioButtonGroup<LoraKind> kind = new RadioButtonGroup<>("Kind");
    final Upload upload = new Upload();
    final TextField replicateVersion = new TextField("Replicate version", "owner/name:version");
    final Select<InstalledLoras> engine = new Select<>();
    final ComboBox<String> engineLora = new ComboBox<>("LoRA on the engine");
    final TextField url = new TextField("Weights URL", "https://…/lora.safetensors");
    final TextField name = new TextField("Name");
    final TextField trigger = new TextField("Trigger word");
    final BigDecimalField weight = new BigDecimalField("Default weight");
    final TextField baseModel = new TextField("Base model", "flux-dev, sdxl…");
    final TextField trainedFrom = new TextField("Trained from talent version");
    private final LoraModelService loras;
    private final AssetDetail talent;
    private final Runnable onAdded;

    AddLoraDialog(LoraModelService loras, AssetDetail talent, Runnable onAdded) {
        super("Add a LoRA to " + talent.name(), "Add");
        this.loras = loras;
        this.talent = talent;
        this.onAdded = onAdded;
        addClassName("add-lora-dialog");
        kind.setItems(LoraKind.values());
        kind.setItemLabelGenerator(LoraKind::label);
        engine.setLabel("Engine");
        engine.setItems(loras.engines());
        engine.setItemLabelGenerator(InstalledLoras::displayName);
        engine.setEmptySelectionAllowed(false);
        engine.addValueChangeListener(change -> listEngineLoras(change.getValue()));
        weight.setValue(BigDecimal.ONE);
        trainedFrom.setPlaceholder(talent.version());
        upload.setAcceptedFileTypes(".safetensors");
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, LoraModelService.MAX_UPLOAD_BYTES));
        kind.addValueChangeListener(change -> showFieldsOf(change.getValue()));
        kind.setValue(loras.engines().isEmpty() ? LoraKind.UPLOAD : LoraKind.ENGINE);
        addForm(kind, upload, replicateVersion, engine, engineLora, url, name, trigger, weight, baseModel, trainedFrom);
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        UI ui = attach.getUI();
        upload.setUploadHandler(event -> {
            LoraSettings settings = settings();
            try (InputStream in = event.getInputStream()) {
                loras.upload(talent.lineageId(), event.getFileName(), in, settings);
                ui.access(this::added);
            } catch (UserFacingException refused) {
                ui.access(() -> Notifications.error(refused.getMessage()));
            } catch (IOException broken) {
                ui.access(() -> Notifications.error("The upload broke off before the whole file arrived; try again."));
            }
        });
    }

    @Override
    protected void submit() {
        LoraKind chosen = kind.getValue();
        switch (chosen) {
            case UPLOAD -> throw new UserFacingException("Choose the .safetensors file above: the upload adds the LoRA.");
            case REPLICATE -> loras.addReplicateVersion(talent.lineageId(), replicateVersion.getValue(), settings());
            case ENGINE -> {
                if (engine.getValue() == null) {
                    throw new UserFacingException("No engine that lists LoRAs (ComfyUI, AUTOMATIC1111) is configured.");
                }
                loras.addEngineLora(talent.lineageId(), engine.getValue().id(), engineLora.getValue(), settings());
            }
            case URL -> loras.addWeightsUrl(talent.lineageId(), url.getValue(), settings());
        }
        onAdded.run();
    }

    private void added() {
        onAdded.run();
        Notifications.success("LoRA added.");
        close();
    }

    private LoraSettings settings() {
        return new LoraSettings(name.getValue(), trigger.getValue(), weight.getValue(), baseModel.getValue(), trainedFrom.getValue());
    }

    private void showFieldsOf(LoraKind chosen) {
        upload.setVisible(chosen == LoraKind.UPLOAD);
        replicateVersion.setVisible(chosen == LoraKind.REPLICATE);
        engine.setVisible(chosen == LoraKind.ENGINE);
        engineLora.setVisible(chosen == LoraKind.ENGINE);
        url.setVisible(chosen == LoraKind.URL);
        if (chosen == LoraKind.ENGINE && engine.getValue() == null && !loras.engines().isEmpty()) {
            engine.setValue(loras.engines().getFirst());
        }
    }

    private void listEngineLoras(InstalledLoras chosen) {
        if (chosen == null) {
            engineLora.setItems(List.of());
            return;
        }
        try {
            engineLora.setItems(loras.engineLoras(chosen.id()));
        } catch (UserFacingException refused) {
            engineLora.setItems(List.of());
            Notifications.error(refused.getMessage());
        }
    }
}
