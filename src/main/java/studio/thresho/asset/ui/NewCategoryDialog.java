package studio.thresho.asset.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import studio.thresho.asset.category.CategoryNode;
import studio.thresho.asset.category.CategoryRules;
import studio.thresho.asset.category.CategoryService;
import studio.thresho.base.ui.FormDialog;
import studio.thresho.base.ui.LengthLimit;

/** Creates a category at the top level or under a parent. */
class NewCategoryDialog extends FormDialog {

    final TextField name = new TextField("Name");
    final Select<String> icon = new Select<>();

    private final CategoryService categories;
    private final CategoryNode parent;
    private final Consumer<CategoryNode> onCreated;

    NewCategoryDialog(CategoryService categories, CategoryNode parent, Consumer<CategoryNode> onCreated) {
        super(parent == null ? "New category" : "New sub-category of " + parent.name(), "Create category");
        this.categories = categories;
        this.parent = parent;
        this.onCreated = onCreated;
        LengthLimit.refuseOver(name, CategoryRules.NAME_MAX_LENGTH);
        name.setRequired(true);
        name.setPlaceholder(parent == null ? "e.g. Vehicles" : "e.g. Lead Cast");
        icon.setLabel("Icon");
        icon.setItems(IconChoices.ICONS);
        icon.setRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(IconChoices::icon));
        icon.setItemLabelGenerator(IconChoices::label);
        icon.setValue(parent == null || parent.icon() == null ? "vaadin:folder" : parent.icon());
        if (parent != null) {
            name.setHelperText("Holds " + parent.kind().name().toLowerCase() + " assets and inherits the fields of " + parent.name());
        }
        addForm(new FormLayout(name, icon));
    }

    @Override
    protected void submit() {
        onCreated.accept(categories.create(name.getValue(), parent == null ? null : parent.id(), icon.getValue()));
    }
}
