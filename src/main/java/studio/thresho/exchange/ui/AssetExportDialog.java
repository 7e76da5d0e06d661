package studio.thresho.exchange.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import studio.thresho.asset.AssetDetail;
import studio.thresho.exchange.ExportRequest;
import studio.thresho.exchange.LibraryExportService;

/** Export of one asset: every version, or only the version shown on its page, as a ZIP that imports back. */
class AssetExportDialog extends Dialog {

    final RadioButtonGroup<ExportRequest.Versions> versions = new RadioButtonGroup<>("Versions");
    final Anchor download;
    private final AssetDetail asset;

    AssetExportDialog(LibraryExportService exports, AssetDetail asset) {
        this.asset = asset;
        setHeaderTitle("Export " + asset.name());
        addClassName("asset-export-dialog");
        versions.setItems(ExportRequest.Versions.values());
        versions.setItemLabelGenerator(choice -> choice == ExportRequest.Versions.ALL ? choice.label()
                : "Only v" + asset.version() + (asset.active() ? " (the active version)" : " (the version shown)"));
        versions.setValue(ExportRequest.Versions.ALL);
        download = new Anchor(new ExportDownload(exports, this::request, progress -> { }), "Download ZIP");
        download.addClassName("export-download");
        add(new Paragraph("A ZIP with the images in their original bytes and an asset.json holding the fields, tags, versions, "
                + "prompt fragments and consistency settings. Import it on the Library page of any installation."), versions);
        getFooter().add(new Button("Close", click -> close()), download);
    }

    ExportRequest request() {
        ExportRequest.Versions chosen = versions.getValue() == null ? ExportRequest.Versions.ALL : versions.getValue();
        return new ExportRequest.OneAsset(asset.lineageId(), asset.active() ? null : asset.version(), chosen);
    }
}
