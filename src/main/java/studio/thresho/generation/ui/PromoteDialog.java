package studio.thresho.generation.ui;

import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import studio.thresho.asset.AssetDetail;
import studio.thresho.base.ui.FormDialog;
import studio.thresho.base.ui.Notifications;
import studio.thresho.generation.ResultPromotionService;
import studio.thresho.generation.UsedAsset;

/** Adds a generated image to one of the assets the generation used, as a reference image or its new headshot. */
class PromoteDialog extends FormDialog {

    static final String REFERENCE = "Reference image";
    static final String HEADSHOT = "New headshot";

    final Select<UsedAsset> asset = new Select<>();
    final RadioButtonGroup<String> as = new RadioButtonGroup<>("Add as");

    private final ResultPromotionService promotions;
    private final GenerationResults.Promotion promotion;

    PromoteDialog(ResultPromotionService promotions, GenerationResults.Promotion promotion) {
        super("Add the image to an asset", "Add as a new version");
        this.promotions = promotions;
        this.promotion = promotion;
        asset.setLabel("Asset");
        asset.setItems(promotion.generation().assets());
        asset.setItemLabelGenerator(used -> used.name() + " (" + used.role() + ")");
        promotion.generation().assets().stream().findFirst().ifPresent(asset::setValue);
        as.setItems(REFERENCE, HEADSHOT);
        as.setValue(REFERENCE);
        asset.addValueChangeListener(change -> as.setEnabled(change.getValue() != null && "talent".equals(change.getValue().role())));
        as.setEnabled(asset.getValue() != null && "talent".equals(asset.getValue().role()));
        Image preview = new Image(promotion.image().thumbnailUrl(), "Result");
        preview.addClassName("quick-add-preview");
        addForm(preview, asset, as);
    }

    @Override
    protected void submit() {
        if (asset.getValue() == null) {
            throw new studio.thresho.base.UserFacingException("Choose the asset the image belongs to.");
        }
        AssetDetail saved = promotions.promote(promotion.generation().id(), promotion.image().mediaKey(), asset.getValue().lineageId(),
                HEADSHOT.equals(as.getValue()) && as.isEnabled());
        Notifications.success("Added to " + saved.name() + " as v" + saved.version() + ".");
    }
}
