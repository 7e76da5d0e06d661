package studio.thresho.asset.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import studio.thresho.asset.AssetDetail;
import studio.thresho.asset.AssetDraft;
import studio.thresho.asset.AssetRules;
import studio.thresho.asset.AssetSearchService;
import studio.thresho.asset.Source;
import studio.thresho.asset.category.CategoryNode;
import studio.thresho.base.ui.LengthLimit;

/**
 * The fields every asset has, whatever its category: name, slug, category (of the same kind),
 * library (new assets only), source, tags, and a short description where the schema has none.
 */
class AssetBasics extends FormLayout {

    static final String GLOBAL = "Global";

    final TextField name = new TextField("Name");
    final TextField slug = new TextField("Slug");
    final Select<CategoryNode> category = new Select<>();
    final RadioButtonGroup<String> library = new RadioButtonGroup<>("Library");
    final Select<Source> source = new Select<>();
    final TagsField tags;
    final TextArea shortDescription = new TextArea("Short description");

    AssetBasics(AssetSearchService search, CategoryNode chosen, List<CategoryNode> sameKind, AssetDetail loaded) {
        tags = new TagsField(search);
        category.setLabel("Category");
        category.setItems(sameKind);
        category.setItemLabelGenerator(node -> "\u2003".repeat(node.depth()) + node.name());
        category.setValue(sameKind.stream().filter(node -> node.id().equals(chosen.id())).findFirst().orElse(chosen));
        LengthLimit.refuseOver(name, AssetRules.NAME_MAX_LENGTH);
        name.setRequired(true);
        slug.setHelperText(loaded == null ? "Made from the name; the identifier prompts use"
                : loaded.slugFollowsName() ? "A copy's slug follows its new name, unless you edit it" : "Stays the same when the name changes");
        slug.setPlaceholder("made from the name");
        library.setItems("Project", GLOBAL);
        library.setValue("Project");
        library.setVisible(loaded == null);
        source.setLabel("Source");
        source.setItems(Source.values());
        source.setItemLabelGenerator(value -> value == null ? "Not set" : value.label());
        source.setEmptySelectionAllowed(true);
        source.setEmptySelectionCaption("Not set");
        shortDescription.setMaxLength(AssetRules.DESCRIPTION_MAX_LENGTH);
        add(name, slug, category, library, source, tags);
        if (chosen.effectiveFields().stream().noneMatch(field -> field.key().equals("description"))) {
            add(shortDescription);
            setColspan(shortDescription, 2);
        }
        setColspan(tags, 2);
    }

    void fill(AssetDetail asset) {
        name.setValue(asset.name());
        slug.setValue(asset.slug());
        if (asset.source() != null) {
            source.setValue(asset.source());
        }
        tags.show(asset.tags());
        if (asset.description() != null) {
            shortDescription.setValue(asset.description());
        }
    }

    /** A draft of these fields with the category's values. */
    AssetDraft draft(AssetDetail loaded, java.util.Map<String, Object> values) {
        return new AssetDraft(loaded == null ? null : loaded.lineageId(), loaded == null ? null : loaded.lockVersion(),
                category.getValue().id(), name.getValue(), slug.getValue(), GLOBAL.equals(library.getValue()), source.getValue(),
                new ArrayList<>(tags.getValue()), values);
    }

    /** Shows a message on a basic field; false when the key is none of them. */
    boolean showError(String key, String message) {
        switch (key) {
            case "name" -> {
                name.setInvalid(true);
                name.setErrorMessage("Name " + message);
            }
            case "slug" -> {
                slug.setInvalid(true);
                slug.setErrorMessage("Slug " + message);
            }
            case "description" -> {
                shortDescription.setInvalid(true);
                shortDescription.setErrorMessage("Description " + message);
                return false;
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    void clearErrors() {
        slug.setInvalid(false);
        name.setInvalid(false);
        shortDescription.setInvalid(false);
    }

    UUID categoryId() {
        return category.getValue() == null ? null : category.getValue().id();
    }
}
