package studio.thresho.asset.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import studio.thresho.asset.category.CategoryNode;
import studio.thresho.asset.category.CategoryRules;
import studio.thresho.asset.category.FieldDefinition;
import studio.thresho.asset.category.FieldType;
import studio.thresho.asset.category.VersionBump;
import studio.thresho.base.ui.FormDialog;

/** Defines or edits one custom field of a category. The category service checks the result when saved. */
class FieldDialog extends FormDialog {

    final TextField label = new TextField("Label");
    final TextField key = new TextField("Key");
    final Select<FieldType> type = new Select<>();
    final Checkbox required = new Checkbox("Required for a complete asset");
    final TextArea options = new TextArea("Options");
    final Select<String> referenceCategory = new Select<>();
    final TextField helpText = new TextField("Help text");
    final Select<VersionBump> versionBump = new Select<>();

    private final Consumer<FieldDefinition> onSave;

    FieldDialog(FieldDefinition existing, List<CategoryNode> categories, Consumer<FieldDefinition> onSave) {
        super(existing == null ? "New field" : "Edit " + existing.label(), existing == null ? "Add field" : "Save field");
        this.onSave = onSave;
        label.setMaxLength(CategoryRules.FIELD_LABEL_MAX_LENGTH);
        label.setRequired(true);
        key.setMaxLength(CategoryRules.FIELD_KEY_MAX_LENGTH);
        key.setHelperText("Made from the label; used in prompts and exports");
        label.addValueChangeListener(change -> {
            if (existing == null && !change.getValue().isBlank()) {
                key.setValue(CategoryRules.keyFor(change.getValue()));
            }
        });
        type.setLabel("Type");
        type.setItems(FieldType.values());
        type.setItemLabelGenerator(FieldType::label);
        type.setValue(FieldType.TEXT);
        options.setHelperText("One option per line");
        referenceCategory.setLabel("Refers to assets of");
        referenceCategory.setItems(categories.stream().map(CategoryNode::slug).toList());
        referenceCategory.setItemLabelGenerator(slug -> categories.stream().filter(node -> node.slug().equals(slug))
                .map(CategoryNode::name).findFirst().orElse(slug));
        helpText.setMaxLength(CategoryRules.HELP_TEXT_MAX_LENGTH);
        versionBump.setLabel("Changing it makes a");
        versionBump.setItems(VersionBump.values());
        versionBump.setItemLabelGenerator(bump -> bump.label() + " version (" + bump.meaning() + ")");
        versionBump.setValue(VersionBump.MINOR);
        versionBump.setHelperText("Which part of the version number a change of this field raises");
        type.addValueChangeListener(change -> showTypeSpecificFields());
        if (existing != null) {
            label.setValue(existing.label());
            key.setValue(existing.key());
            key.setReadOnly(true);
            type.setValue(existing.type());
            required.setValue(existing.required());
            options.setValue(String.join("\n", existing.options()));
            if (existing.referenceCategory() != null) {
                referenceCategory.setValue(existing.referenceCategory());
            }
            helpText.setValue(existing.helpText() == null ? "" : existing.helpText());
            versionBump.setValue(existing.versionBump());
        }
        showTypeSpecificFields();
        FormLayout form = new FormLayout(label, key, type, required, options, referenceCategory, helpText, versionBump);
        form.setColspan(options, 2);
        form.setColspan(helpText, 2);
        addForm(form);
    }

    private void showTypeSpecificFields() {
        options.setVisible(type.getValue() != null && type.getValue().hasOptions());
        referenceCategory.setVisible(type.getValue() == FieldType.ASSET_REFERENCE);
    }

    @Override
    protected void submit() {
        List<String> choices = Arrays.stream(options.getValue().split("\\R")).map(String::trim).filter(line -> !line.isEmpty()).toList();
        onSave.accept(FieldDefinition.custom(key.getValue(), label.getValue(), type.getValue(), required.getValue(),
                choices, helpText.getValue(), referenceCategory.getValue()).withVersionBump(versionBump.getValue()));
    }
}
