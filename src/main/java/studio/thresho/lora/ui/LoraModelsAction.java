package studio.thresho.lora.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import studio.thresho.asset.AssetDetail;
import studio.thresho.asset.category.CategoryKind;
import studio.thresho.asset.ui.AssetAction;
import java.util.List;
import java.util.Optional;
import studio.thresho.lora.LoraModel;
import studio.thresho.lora.LoraModelService;
import studio.thresho.lora.LoraTrainingService;
import studio.thresho.security.CurrentUser;
import studio.thresho.security.Role;

/** [LoRA models (2)] on a talent's detail page: the panel of the talent's LoRAs. */
@org.springframework.stereotype.Component
class LoraModelsAction implements AssetAction {

    private final LoraModelService loras;
    private final LoraTrainingService trainings;
    private final CurrentUser currentUser;

    LoraModelsAction(LoraModelService loras, LoraTrainingService trainings, CurrentUser currentUser) {
        this.loras = loras;
        this.trainings = trainings;
        this.currentUser = currentUser;
    }

    @Override
    public boolean appliesTo(AssetDetail asset) {
        return asset.kind() == CategoryKind.TALENT;
    }

    @Override
    public Component create(AssetDetail asset) {
        List<LoraModel> models = loras.ofTalent(asset.lineageId());
        boolean canEdit = currentUser.require().can(Role.EDITOR);
        Optional<String> outdated = models.stream().flatMap(model -> model.outdated().map(note -> model.name() + " was " + note).stream())
                .findFirst();
        Button button = new Button("LoRA models" + (models.isEmpty() ? "" : " (" + models.size() + ")") + (outdated.isPresent() ? " ⚠" : ""),
                VaadinIcon.CONNECT.create(), click -> new LoraModelsDialog(loras, trainings, asset, canEdit).open());
        outdated.ifPresent(button::setTooltipText);
        button.addClassName("lora-models");
        return button;
    }
}
