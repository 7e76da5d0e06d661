package studio.thresho.asset.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.formlayout.FormLayout;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import studio.thresho.asset.AssetSummary;
import studio.thresho.asset.category.CategoryNode;
import studio.thresho.asset.category.FieldType;

/** The fields a category defines (its own and inherited), one editor each, in the asset form. */
final class CategoryFieldsForm extends FormLayout {

    private final List<FieldEditor> editors = new ArrayList<>();

    CategoryFieldsForm(CategoryNode category, Function<String, List<AssetSummary>> referenceChoices) {
        category.effectiveFields().forEach(field -> {
            FieldEditor editor = FieldEditor.of(field, category.kind(), referenceChoices);
            if (editor != null) {
                editors.add(editor);
                add(editor.component());
                if (field.type() == FieldType.LONG_TEXT) {
                    setColspan(editor.component(), 2);
                }
            }
        });
    }

    void fill(Map<String, Object> values) {
        editors.forEach(editor -> editor.setValue(values.get(editor.field().key())));
    }

    /** The values entered, by field key; empty fields are left out. */
    Map<String, Object> values() {
        Map<String, Object> values = new HashMap<>();
        editors.forEach(editor -> {
            Object value = editor.value();
            if (value != null) {
                values.put(editor.field().key(), value);
            }
        });
        return values;
    }

    /** Marks the field's editor; false when no field of this category has that key. */
    boolean showError(String key, String message) {
        List<FieldEditor> matching = editors.stream().filter(editor -> editor.field().key().equals(key)).toList();
        matching.forEach(editor -> editor.showError(message));
        return !matching.isEmpty();
    }

    void clearErrors() {
        editors.forEach(editor -> editor.showError(null));
    }

    Component editorOf(String key) {
        return editors.stream().filter(editor -> editor.field().key().equals(key)).map(FieldEditor::component).findFirst().orElseThrow();
    }
}
