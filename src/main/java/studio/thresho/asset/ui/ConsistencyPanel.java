package studio.thresho.asset.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import studio.thresho.asset.AssetDetail;
import studio.thresho.asset.AssetImageView;
import studio.thresho.asset.ConsistencyService;
import studio.thresho.asset.ConsistencySettings;
import studio.thresho.asset.ImageType;
import studio.thresho.base.UserFacingException;
import studio.thresho.base.ui.Notifications;

/**
 * A talent's consistency settings (kept on the asset, not a version): which image is its character
 * reference and which its style reference, Midjourney's weights, and the seeds kept per provider.
 */
class ConsistencyPanel extends Div {

    final Select<String> characterReference = new Select<>();
    final Select<String> styleReference = new Select<>();
    final IntegerField characterWeight = new IntegerField("Midjourney character weight");
    final IntegerField styleWeight = new IntegerField("Midjourney style weight");
    final Div seeds = new Div();
    final Button save = new Button("Save consistency settings");

    private final ConsistencyService consistency;
    private final AssetDetail asset;
    private final Map<String, Long> keptSeeds = new LinkedHashMap<>();

    ConsistencyPanel(ConsistencyService consistency, AssetDetail asset, boolean canEdit) {
        this.consistency = consistency;
        this.asset = asset;
        addClassName("consistency-panel");
        ConsistencySettings settings = consistency.get(asset.lineageId());
        keptSeeds.putAll(settings.seeds());
        List<String> choices = new ArrayList<>(List.of(ConsistencySettings.HEADSHOT));
        if (!asset.imagesOf(ImageType.COMPOSITE).isEmpty()) {
            choices.add(ConsistencySettings.COMPOSITE);
        }
        asset.imagesOf(ImageType.CHARACTER_SHEET).stream().filter(view -> view.slot() != null).forEach(view -> choices.add(view.slot().dbValue()));
        characterReference.setLabel("Character reference");
        characterReference.setItems(choices);
        characterReference.setItemLabelGenerator(choice -> switch (choice) {
            case ConsistencySettings.HEADSHOT -> "Headshot";
            case ConsistencySettings.COMPOSITE -> "Character-sheet composite";
            default -> asset.imagesOf(ImageType.CHARACTER_SHEET).stream().filter(view -> view.slot() != null && view.slot().dbValue().equals(choice))
                    .findFirst().map(view -> view.slot().label() + " view").orElse(choice);
        });
        characterReference.setValue(settings.characterReference() == null ? ConsistencySettings.HEADSHOT : settings.characterReference());
        List<String> images = asset.images().stream().map(AssetImageView::mediaKey).distinct().toList();
        styleReference.setLabel("Style reference");
        styleReference.setItems(images);
        styleReference.setEmptySelectionAllowed(true);
        styleReference.setEmptySelectionCaption("None");
        styleReference.setItemLabelGenerator(key -> key == null ? "None" : asset.images().stream().filter(image -> image.mediaKey().equals(key))
                .findFirst().map(image -> image.caption() != null ? image.caption() : image.type().label()).orElse(key));
        styleReference.setValue(settings.styleReference());
        characterWeight.setMin(0);
        characterWeight.setMax(ConsistencySettings.MAX_CHARACTER_WEIGHT);
        characterWeight.setHelperText("--cw 0 to 100 (v6) or --ow 1 to 1000 (v7); empty for Midjourney's default");
        characterWeight.setValue(settings.midjourneyCharacterWeight());
        styleWeight.setMin(0);
        styleWeight.setMax(ConsistencySettings.MAX_STYLE_WEIGHT);
        styleWeight.setHelperText("--sw 0 to 1000; empty for the default");
        styleWeight.setValue(settings.midjourneyStyleWeight());
        seeds.addClassName("kept-seeds");
        showSeeds(canEdit);
        save.addThemeVariants(ButtonVariant.LUMO_SMALL);
        save.addClickListener(click -> save());
        FormLayout form = new FormLayout(characterReference, styleReference, characterWeight, styleWeight);
        form.getChildren().forEach(field -> ((com.vaadin.flow.component.HasEnabled) field).setEnabled(canEdit));
        save.setVisible(canEdit);
        add(form, seeds, save);
    }

    private void showSeeds(boolean canEdit) {
        seeds.removeAll();
        if (keptSeeds.isEmpty()) {
            seeds.add(new Span("No seed kept yet: keep one from a liked result on the Generate page."));
            return;
        }
        keptSeeds.forEach((provider, seed) -> {
            Button forget = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> {
                keptSeeds.remove(provider);
                showSeeds(true);
            });
            forget.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_SMALL);
            forget.setAriaLabel("Forget the seed for " + provider);
            forget.setVisible(canEdit);
            seeds.add(new Div(new Span("Seed for " + provider + ": " + seed), forget));
        });
    }

    void save() {
        try {
            consistency.save(asset.lineageId(), new ConsistencySettings(keptSeeds, characterWeight.getValue(), styleWeight.getValue(),
                    characterReference.getValue(), styleReference.getValue()));
            Notifications.success("Saved; new generations with " + asset.name() + " use these settings.");
        } catch (UserFacingException refused) {
            Notifications.error(refused.getMessage());
        }
    }
}
