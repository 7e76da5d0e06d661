package studio.thresho.asset.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import studio.thresho.asset.AssetSummary;
import studio.thresho.asset.category.AttributeValidator;
import studio.thresho.asset.AssetRules;
import studio.thresho.asset.category.CategoryKind;
import studio.thresho.asset.category.FieldDefinition;

/**
 * The input of one schema field: a Vaadin component and the conversion between its value and
 * the value the asset service takes (text, number, boolean, choice label, list, asset id).
 */
final class FieldEditor {

    private final FieldDefinition field;
    private final HasValue<?, ?> input;
    private final Function<Object, Object> toModel;
    private final Function<Object, Object> toInput;

    private FieldEditor(FieldDefinition field, HasValue<?, ?> input, Function<Object, Object> toModel, Function<Object, Object> toInput) {
        this.field = field;
        this.input = input;
        this.toModel = toModel;
        this.toInput = toInput;
        if (input instanceof com.vaadin.flow.component.HasHelper helper && field.helpText() != null) {
            helper.setHelperText(field.helpText());
        }
        if (input instanceof com.vaadin.flow.component.HasLabel label) {
            label.setLabel(field.label());
        }
        // the indicator only marks what completeness needs: a draft may still be saved without it
        input.setRequiredIndicatorVisible(field.required());
    }

    /** An editor for the field, or null for image fields (images have their own editor). */
    static FieldEditor of(FieldDefinition field, CategoryKind kind, Function<String, List<AssetSummary>> referenceChoices) {
        return switch (field.type()) {
            case TEXT -> text(field, new TextField(), AssetRules.textLimit(kind, field));
            case LONG_TEXT -> text(field, new TextArea(), AssetRules.textLimit(kind, field));
            case COLOUR -> {
                TextField colour = new TextField();
                colour.setPlaceholder("#1a2b3c");
                yield text(field, colour, 7);
            }
            case NUMBER -> new FieldEditor(field, new NumberField(), value -> value,
                    value -> value instanceof Number number ? number.doubleValue() : null);
            case BOOLEAN -> new FieldEditor(field, new Checkbox(), value -> Boolean.TRUE.equals(value) ? Boolean.TRUE : null,
                    value -> Boolean.TRUE.equals(value));
            case SINGLE_CHOICE -> {
                Select<String> select = new Select<>();
                select.setItems(field.options());
                select.setEmptySelectionAllowed(true);
                select.setEmptySelectionCaption("Not set");
                yield new FieldEditor(field, select, value -> value, value -> value);
            }
            case MULTI_CHOICE -> {
                MultiSelectComboBox<String> choices = new MultiSelectComboBox<>();
                choices.setItems(field.options());
                yield new FieldEditor(field, choices, value -> value == null ? List.of() : new ArrayList<>((Set<?>) value),
                        value -> value instanceof List<?> list ? new LinkedHashSet<>(list) : Set.of());
            }
            case COLOUR_LIST -> {
                TextField colours = new TextField();
                colours.setPlaceholder("#8b4513, #f5deb3, #2f4f4f");
                yield new FieldEditor(field, colours, FieldEditor::parseColours,
                        value -> value instanceof List<?> list ? String.join(", ", list.stream().map(Object::toString).toList()) : "");
            }
            case ASSET_REFERENCE -> {
                ComboBox<AssetSummary> reference = new ComboBox<>();
                List<AssetSummary> choices = referenceChoices.apply(field.referenceCategory());
                reference.setItems(choices);
                reference.setItemLabelGenerator(AssetSummary::name);
                reference.setClearButtonVisible(true);
                yield new FieldEditor(field, reference, value -> value == null ? null : ((AssetSummary) value).lineageId().toString(),
                        value -> choices.stream().filter(choice -> choice.lineageId().toString().equals(value)).findFirst().orElse(null));
            }
            case IMAGE -> null;
        };
    }

    private static FieldEditor text(FieldDefinition field, Component input, int maxLength) {
        if (input instanceof TextField textField) {
            textField.setMaxLength(maxLength);
        } else if (input instanceof TextArea area) {
            area.setMaxLength(maxLength);
        }
        return new FieldEditor(field, (HasValue<?, ?>) input, value -> value, value -> value == null ? "" : value.toString());
    }

    private static Object parseColours(Object text) {
        if (text == null || text.toString().isBlank()) {
            return null;
        }
        return Arrays.stream(text.toString().split("[,\\s]+")).map(String::trim).filter(colour -> !colour.isEmpty()).toList();
    }

    FieldDefinition field() {
        return field;
    }

    Component component() {
        return (Component) input;
    }

    Object value() {
        return toModel.apply(input.getValue());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    void setValue(Object value) {
        Object converted = toInput.apply(value);
        if (converted == null) {
            input.clear();
        } else {
            ((HasValue) input).setValue(converted);
        }
    }

    void showError(String message) {
        if (input instanceof HasValidation validation) {
            validation.setInvalid(message != null);
            validation.setErrorMessage(message == null ? null : field.label() + " " + message);
        }
    }

}
