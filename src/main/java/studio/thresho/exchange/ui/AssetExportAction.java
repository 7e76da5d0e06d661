package studio.thresho.exchange.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import studio.thresho.asset.AssetDetail;
import studio.thresho.asset.ui.AssetAction;
import studio.thresho.exchange.ExportRequest;
import studio.thresho.exchange.LibraryExportService;

/** [Export] on an asset's detail page: a ZIP of the version shown, which the Import dialog reads back. */
@org.springframework.stereotype.Component
class AssetExportAction implements AssetAction {

    private final LibraryExportService exports;

    AssetExportAction(LibraryExportService exports) {
        this.exports = exports;
    }

    @Override
    public Component create(AssetDetail asset) {
        ExportRequest request = new ExportRequest.OneAsset(asset.lineageId(), asset.active() ? null : asset.version());
        Anchor link = new Anchor(new ExportDownload(exports, () -> request, progress -> { }), "");
        link.add(VaadinIcon.DOWNLOAD.create());
        link.add(" Export");
        link.addClassName("asset-export");
        link.getElement().setAttribute("title", "Download this version as a ZIP that imports back");
        return link;
    }
}
