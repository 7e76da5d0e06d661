package studio.thresho.wizard.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import studio.thresho.asset.AssetSummary;
import studio.thresho.brand.BrandProfileView;
import studio.thresho.media.MediaService;
import studio.thresho.media.MediaUrls;
import studio.thresho.media.MediaVariant;
import studio.thresho.media.ui.MediaUpload;
import studio.thresho.provider.GenerationProvider;
import studio.thresho.wizard.IntendedUse;
import studio.thresho.wizard.WizardBrief;
import studio.thresho.wizard.WizardLimits;

/** Step 1: the description, an optional inspiration image (a mood), the intended use, provider and style. */
class BriefStep extends Div {

    final TextArea description = new TextArea("Description");
    final RadioButtonGroup<IntendedUse> use = new RadioButtonGroup<>("Intended use");
    final TextField industry = new TextField("Industry");
    final Select<GenerationProvider> provider = new Select<>();
    final Select<BrandProfileView> brand = new Select<>();
    final ComboBox<AssetSummary> style = new ComboBox<>("Style asset");
    final MediaUpload inspiration;
    final Image inspirationPreview = new Image();
    final Button next = new Button("Continue to headshots");
    private String inspirationKey;

    BriefStep(WizardChoices choices, MediaService media, WizardBrief current, Consumer<WizardBrief> onNext) {
        addClassName("wizard-step");
        description.setMaxLength(WizardLimits.DESCRIPTION_MAX_LENGTH);
        description.setWidthFull();
        description.setPlaceholder("Who they are and how they look: age, build, skin, face, hair, style");
        description.setHelperText("Goes into every image of the session");
        use.setItems(IntendedUse.values());
        use.setItemLabelGenerator(IntendedUse::label);
        use.setValue(IntendedUse.LEAD_CAST);
        industry.setMaxLength(WizardLimits.INDUSTRY_MAX_LENGTH);
        industry.setVisible(false);
        use.addValueChangeListener(change -> industry.setVisible(change.getValue() == IntendedUse.INDUSTRY));
        provider.setLabel("Provider");
        provider.setItems(choices.providers());
        provider.setItemLabelGenerator(GenerationProvider::displayName);
        provider.setValue(choices.defaultProvider());
        brand.setLabel("Brand profile");
        brand.setEmptySelectionAllowed(true);
        brand.setEmptySelectionCaption("No brand");
        brand.setItems(choices.brands());
        brand.setItemLabelGenerator(profile -> profile == null ? "No brand" : profile.name());
        style.setItems(choices.styles());
        style.setItemLabelGenerator(AssetSummary::name);
        style.setClearButtonVisible(true);
        inspirationPreview.setVisible(false);
        inspirationPreview.addClassName("wizard-inspiration");
        inspirationPreview.setAlt("Inspiration image");
        inspiration = new MediaUpload(media, stored -> showInspiration(stored.key()));
        Div mood = new Div(new Div("Inspiration image (optional): a mood, not a literal reference"), inspiration, inspirationPreview);
        mood.addClassName("wizard-inspiration-field");
        Div settings = new Div(provider, brand, style);
        settings.addClassName("wizard-settings");
        next.setId("wizard-brief-next");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.addClickListener(click -> onNext.accept(brief()));
        add(description, use, industry, mood, settings, next);
        if (current != null) {
            fill(current, choices);
        }
    }

    private void fill(WizardBrief current, WizardChoices choices) {
        description.setValue(current.description() == null ? "" : current.description());
        use.setValue(current.use());
        industry.setValue(current.industry() == null ? "" : current.industry());
        choices.providers().stream().filter(candidate -> candidate.id().equals(current.providerId())).findFirst().ifPresent(provider::setValue);
        choices.brands().stream().filter(candidate -> candidate.id().equals(current.brandProfileId())).findFirst().ifPresent(brand::setValue);
        choices.styles().stream().filter(candidate -> candidate.lineageId().equals(current.styleLineageId())).findFirst().ifPresent(style::setValue);
        if (current.inspirationKey() != null) {
            showInspiration(current.inspirationKey());
        }
    }

    private void showInspiration(String key) {
        inspirationKey = key;
        inspirationPreview.setSrc(MediaUrls.of(key, MediaVariant.THUMBNAIL));
        inspirationPreview.setVisible(true);
    }

    WizardBrief brief() {
        return new WizardBrief(description.getValue(), inspirationKey, use.getValue(), industry.getValue(),
                provider.getValue() == null ? null : provider.getValue().id(), brand.getValue() == null ? null : brand.getValue().id(),
                style.getValue() == null ? null : style.getValue().lineageId());
    }
}
