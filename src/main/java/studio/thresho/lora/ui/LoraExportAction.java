package studio.thresho.lora.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import studio.thresho.asset.AssetDetail;
import studio.thresho.asset.AssetVersionService;
import studio.thresho.asset.category.CategoryKind;
import studio.thresho.asset.ui.AssetAction;
import studio.thresho.lora.LoraExportService;
import studio.thresho.lora.LoraTrainingService;
import studio.thresho.security.CurrentUser;
import studio.thresho.security.Role;

/** [Export for LoRA training] on a talent's detail page, for the version shown. */
@org.springframework.stereotype.Component
class LoraExportAction implements AssetAction {

    private final LoraExportService exports;
    private final AssetVersionService versions;
    private final LoraTrainingService trainings;
    private final CurrentUser currentUser;

    LoraExportAction(LoraExportService exports, AssetVersionService versions, LoraTrainingService trainings, CurrentUser currentUser) {
        this.exports = exports;
        this.versions = versions;
        this.trainings = trainings;
        this.currentUser = currentUser;
    }

    @Override
    public boolean appliesTo(AssetDetail asset) {
        return asset.kind() == CategoryKind.TALENT;
    }

    @Override
    public Component create(AssetDetail asset) {
        Button button = new Button("Export for LoRA training", VaadinIcon.ACADEMY_CAP.create(), click -> LoraExportDialog
                .forTalent(exports, versions, asset.lineageId(), asset.name(), asset.versionId())
                .trainable(trainings, currentUser.require().can(Role.EDITOR)).open());
        button.addClassName("lora-export");
        return button;
    }
}
