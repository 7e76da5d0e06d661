package studio.thresho.exchange.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import studio.thresho.asset.AssetDetail;
import studio.thresho.asset.ui.AssetAction;
import studio.thresho.exchange.LibraryExportService;

/** [Export] on an asset's detail page (viewers too): every version or the one shown, as a ZIP the Import dialog reads back. */
@org.springframework.stereotype.Component
class AssetExportAction implements AssetAction {

    private final LibraryExportService exports;

    AssetExportAction(LibraryExportService exports) {
        this.exports = exports;
    }

    @Override
    public Component create(AssetDetail asset) {
        Button button = new Button("Export", VaadinIcon.DOWNLOAD.create(), click -> new AssetExportDialog(exports, asset).open());
        button.addClassName("asset-export");
        button.getElement().setAttribute("title", "Download this asset as a ZIP that imports back");
        return button;
    }
}
