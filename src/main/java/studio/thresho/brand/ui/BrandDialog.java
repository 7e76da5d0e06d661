package studio.thresho.brand.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import studio.thresho.asset.category.AttributeValidationException;
import studio.thresho.base.UserFacingException;
import studio.thresho.base.ui.FormDialog;
import studio.thresho.base.ui.LengthLimit;
import studio.thresho.brand.BrandDraft;
import studio.thresho.brand.BrandProfileService;
import studio.thresho.brand.BrandProfileView;
import studio.thresho.brand.BrandRules;

/** Creates or edits a brand profile. */
class BrandDialog extends FormDialog {

    final TextField name = new TextField("Name");
    final TextField tokens = new TextField("Brand tokens");
    final TextArea style = new TextArea("Style descriptors");
    final TextArea negative = new TextArea("Negative terms");
    final TextArea description = new TextArea("Description");
    final Checkbox studioWide = new Checkbox("For every project (studio-wide)");

    private final BrandProfileService brands;
    private final BrandProfileView existing;
    private final Consumer<BrandProfileView> onSaved;

    BrandDialog(BrandProfileService brands, BrandProfileView existing, Consumer<BrandProfileView> onSaved) {
        super(existing == null ? "New brand profile" : "Edit " + existing.name(), existing == null ? "Create" : "Save");
        this.brands = brands;
        this.existing = existing;
        this.onSaved = onSaved;
        LengthLimit.refuseOver(name, BrandRules.NAME_MAX_LENGTH);
        name.setRequired(true);
        tokens.setHelperText("Comma-separated, most important first, e.g. premium editorial, authentic not stock");
        style.setHelperText("Closes the visual part of every prompt, e.g. Cinematic quality, photorealistic");
        negative.setHelperText("Sent as the negative prompt where the provider takes one");
        for (var field : java.util.List.of(style, negative, description)) {
            field.setMaxLength(BrandRules.TEXT_MAX_LENGTH);
        }
        tokens.setMaxLength(BrandRules.TEXT_MAX_LENGTH);
        studioWide.setVisible(existing == null);
        if (existing != null) {
            name.setValue(existing.name());
            tokens.setValue(existing.tokensText());
            style.setValue(existing.styleDescriptors() == null ? "" : existing.styleDescriptors());
            negative.setValue(existing.negativeTerms() == null ? "" : existing.negativeTerms());
            description.setValue(existing.description() == null ? "" : existing.description());
        }
        FormLayout form = new FormLayout(name, tokens, style, negative, description, studioWide);
        form.setColspan(tokens, 2);
        form.setColspan(style, 2);
        form.setColspan(negative, 2);
        form.setColspan(description, 2);
        addForm(form);
        setWidth("640px");
    }

    @Override
    protected void submit() {
        try {
            onSaved.accept(brands.save(new BrandDraft(existing == null ? null : existing.id(), existing == null ? null : existing.lockVersion(),
                    studioWide.getValue(), name.getValue(), description.getValue(), tokens.getValue(), style.getValue(), negative.getValue())));
        } catch (AttributeValidationException invalid) {
            throw new UserFacingException(String.join("; ", invalid.fieldErrors().entrySet().stream()
                    .map(error -> label(error.getKey()) + " " + error.getValue()).toList()) + ".");
        }
    }

    private static String label(String key) {
        return switch (key) {
            case "name" -> "Name";
            case "tokens" -> "Brand tokens";
            case "styleDescriptors" -> "Style descriptors";
            case "negativeTerms" -> "Negative terms";
            default -> "Description";
        };
    }
}
