package studio.thresho.lora.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import studio.thresho.asset.AssetVersionService;
import studio.thresho.asset.ui.LibraryAction;
import studio.thresho.lora.LoraExportService;

/** The Library page's [LoRA export], for several talents at once, viewers too. */
@org.springframework.stereotype.Component
class LoraLibraryAction implements LibraryAction {

    private final LoraExportService exports;
    private final AssetVersionService versions;

    LoraLibraryAction(LoraExportService exports, AssetVersionService versions) {
        this.exports = exports;
        this.versions = versions;
    }

    @Override
    public Component create(Runnable onLibraryChanged) {
        Button button = new Button("LoRA export", VaadinIcon.ACADEMY_CAP.create(), click -> LoraExportDialog.forSeveral(exports, versions).open());
        button.addClassName("library-lora-export");
        return button;
    }

    @Override
    public boolean forViewers() {
        return true;
    }
}
