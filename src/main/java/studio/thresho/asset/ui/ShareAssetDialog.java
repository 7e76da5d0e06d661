package studio.thresho.asset.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import studio.thresho.asset.AssetDetail;
import studio.thresho.asset.AssetSharing;
import studio.thresho.base.UserFacingException;
import studio.thresho.base.ui.FormDialog;
import studio.thresho.media.ShareLink;
import studio.thresho.media.ShareLinkService;

/**
 * Makes a read-only public page of the version on screen, valid for 1 to 90 days, and shows its
 * link once: only a hash of it is kept, so it cannot be shown again (a new one can be made).
 */
class ShareAssetDialog extends FormDialog {

    static final int DEFAULT_DAYS = 7;

    private final AssetDetail asset;
    private final AssetSharing sharing;
    private final Runnable shared;
    final IntegerField days = new IntegerField("Valid for (days)");
    private Dialog result;

    ShareAssetDialog(AssetDetail asset, AssetSharing sharing, Runnable shared) {
        super("Share " + asset.name(), "Create link");
        this.asset = asset;
        this.sharing = sharing;
        this.shared = shared;
        days.setMin(ShareLinkService.MIN_DAYS);
        days.setMax(ShareLinkService.MAX_DAYS);
        days.setValue(DEFAULT_DAYS);
        days.setStepButtonsVisible(true);
        days.setHelperText(ShareLinkService.MIN_DAYS + " to " + ShareLinkService.MAX_DAYS + " days");
        Paragraph note = new Paragraph("Anyone with the link sees v" + asset.version() + "'s images, description and fields, read-only, "
                + "until it expires or is revoked. Images are sent without their EXIF/GPS data.");
        note.addClassName("dialog-note");
        addForm(note, days);
    }

    @Override
    protected void submit() {
        if (days.getValue() == null || days.isInvalid()) {
            throw new UserFacingException("Enter a number of days from " + ShareLinkService.MIN_DAYS + " to " + ShareLinkService.MAX_DAYS + ".");
        }
        ShareLink link = sharing.share(asset, days.getValue());
        shared.run();
        showOnce(link);
    }

    private void showOnce(ShareLink link) {
        TextField url = new TextField("Link");
        url.setValue(link.url());
        url.setReadOnly(true);
        url.setWidthFull();
        url.setId("share-link-url");
        Paragraph note = new Paragraph("Copy it now: it is not stored and cannot be shown again.");
        note.addClassName("dialog-note");
        result = new Dialog(note, url);
        result.setHeaderTitle("Share link for " + asset.name());
        result.getFooter().add(new Button("Done", click -> result.close()));
        result.open();
    }

    Dialog result() {
        return result;
    }
}
