package studio.thresho.asset.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import studio.thresho.asset.category.CategoryNode;
import studio.thresho.asset.category.CategoryRules;
import studio.thresho.asset.category.CategoryService;
import studio.thresho.asset.category.FieldDefinition;
import studio.thresho.base.UserFacingException;
import studio.thresho.base.ui.LengthLimit;
import studio.thresho.base.ui.Notifications;

/** The right-hand panel of the categories page: name, icon, order, actions and the field schema of one category. */
class CategoryDetail extends Div {

    /** A row of the field table: the field and where it comes from. */
    /** @param versionRule what a change of the field does to the version number */
    record FieldRow(FieldDefinition field, String origin, boolean editable, String versionRule) {
    }

    final TextField name = new TextField("Name");
    final Select<String> icon = new Select<>();
    final IntegerField sortOrder = new IntegerField("Sort order");
    final Button save = new Button("Save");
    final Button addSubCategory = new Button("Add sub-category", VaadinIcon.PLUS.create());
    final Button move = new Button("Move…", VaadinIcon.ARROWS.create());
    final Button delete = new Button("Delete", VaadinIcon.TRASH.create());
    final Button addField = new Button("Add field", VaadinIcon.PLUS.create());
    final Grid<FieldRow> fields = new Grid<>();

    private final CategoryService categories;
    private final Supplier<List<CategoryNode>> tree;
    private final Consumer<CategoryNode> onChanged;
    private final Runnable onDeleted;
    private CategoryNode node;

    CategoryDetail(CategoryService categories, Supplier<List<CategoryNode>> tree, Consumer<CategoryNode> onChanged, Runnable onDeleted) {
        this.categories = categories;
        this.tree = tree;
        this.onChanged = onChanged;
        this.onDeleted = onDeleted;
        addClassName("category-detail");
        LengthLimit.refuseOver(name, CategoryRules.NAME_MAX_LENGTH);
        icon.setLabel("Icon");
        icon.setItems(IconChoices.ICONS);
        icon.setRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(IconChoices::icon));
        icon.setItemLabelGenerator(IconChoices::label);
        sortOrder.setStepButtonsVisible(true);
        sortOrder.setWidth("9em");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> attempt(() -> categories.editDetails(node.id(), node.lockVersion(), name.getValue(), icon.getValue(),
                sortOrder.getValue() == null ? 0 : sortOrder.getValue()), "Saved."));
        addSubCategory.addClickListener(click -> new NewCategoryDialog(categories, node, onChanged).open());
        move.addClickListener(click -> new MoveCategoryDialog(categories, node, tree.get(), onChanged).open());
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClickListener(click -> deleteSelected());
        addField.addClickListener(click -> new FieldDialog(null, tree.get(), this::addFieldToSchema).open());

        fields.addComponentColumn(CategoryDetail::fieldCell).setHeader("Field").setFlexGrow(3);
        fields.addColumn(row -> row.field().type().label()).setHeader("Type").setFlexGrow(2);
        fields.addColumn(row -> row.field().required() ? "Required" : "Optional").setHeader("").setAutoWidth(true).setFlexGrow(0);
        fields.addColumn(FieldRow::versionRule).setHeader("A change makes").setFlexGrow(2)
                .setTooltipGenerator(row -> "Patch: metadata only · Minor: non-breaking visual change · Major: breaking visual change");
        fields.addColumn(FieldRow::origin).setHeader("From").setFlexGrow(2);
        fields.addComponentColumn(this::rowActions).setKey("actions").setHeader("").setAutoWidth(true).setFlexGrow(0);
        fields.setAllRowsVisible(true);
        showNothing();
    }

    void show(CategoryNode selected) {
        this.node = selected;
        removeAll();
        if (selected == null) {
            showNothing();
            return;
        }
        Span kind = new Span(selected.kind().name().charAt(0) + selected.kind().name().substring(1).toLowerCase());
        kind.getElement().getThemeList().add("badge");
        Span badges = new Span(kind);
        if (selected.system()) {
            Span system = new Span(VaadinIcon.LOCK.create(), new Span("System"));
            system.getElement().getThemeList().add("badge contrast");
            badges.add(system);
        }
        badges.addClassName("category-badges");
        H2 title = new H2(IconChoices.icon(selected.icon()), new Span(selected.name()));
        title.addClassName("category-title");
        Span meta = new Span("Slug " + selected.slug() + " · " + selected.assetCount() + (selected.assetCount() == 1 ? " asset" : " assets"));
        meta.addClassName("category-meta");

        name.setValue(selected.name());
        icon.setValue(IconChoices.ICONS.contains(selected.icon()) ? selected.icon() : "vaadin:folder");
        sortOrder.setValue(selected.sortOrder());
        HorizontalLayout appearance = new HorizontalLayout(name, icon, sortOrder, save);
        appearance.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        appearance.setWrap(true);

        move.setEnabled(!selected.system());
        delete.setEnabled(!selected.system());
        delete.setTooltipText(selected.system() ? "System categories cannot be deleted" : null);
        HorizontalLayout actions = new HorizontalLayout(addSubCategory, move, delete);

        fields.setItems(rows(selected));
        add(title, badges, meta, appearance, actions, new H3("Fields"), fields, addField);
    }

    CategoryNode shown() {
        return node;
    }

    private void showNothing() {
        Span hint = new Span("Choose a category on the left to see its fields.");
        hint.addClassName("category-meta");
        add(hint);
    }

    private List<FieldRow> rows(CategoryNode selected) {
        List<FieldRow> rows = new ArrayList<>();
        List<CategoryNode> all = tree.get();
        for (FieldDefinition field : selected.inheritedFields()) {
            rows.add(new FieldRow(field, ownerOf(field, selected, all), false, versionRule(selected, field)));
        }
        for (FieldDefinition field : selected.ownFields()) {
            rows.add(new FieldRow(field, field.system() ? "System" : "This category", !field.system(),
                    versionRule(selected, field)));
        }
        return rows;
    }

    private static String versionRule(CategoryNode selected, FieldDefinition field) {
        return field.type() == studio.thresho.asset.category.FieldType.IMAGE
                ? studio.thresho.asset.VersionRules.imageFieldRule(selected.kind(), field)
                : studio.thresho.asset.VersionRules.bumpOf(selected.kind(), field).label();
    }

    private static String ownerOf(FieldDefinition field, CategoryNode selected, List<CategoryNode> all) {
        for (CategoryNode current = parentOf(selected, all); current != null; current = parentOf(current, all)) {
            if (current.ownFields().stream().anyMatch(own -> own.key().equals(field.key()))) {
                return current.name();
            }
        }
        return "";
    }

    private static CategoryNode parentOf(CategoryNode node, List<CategoryNode> all) {
        return node.parentId() == null ? null : all.stream().filter(c -> c.id().equals(node.parentId())).findFirst().orElse(null);
    }

    private static Component fieldCell(FieldRow row) {
        Span label = new Span(row.field().label());
        Span key = new Span(row.field().key());
        key.addClassName("field-key");
        Div cell = new Div(label, key);
        cell.addClassName("field-cell");
        if (row.field().helpText() != null) {
            cell.setTitle(row.field().helpText());
        }
        return cell;
    }

    private Component rowActions(FieldRow row) {
        if (!row.editable()) {
            return new Span();
        }
        Button edit = new Button(VaadinIcon.EDIT.create(), click -> new FieldDialog(row.field(), tree.get(),
                changed -> replaceField(row.field(), changed)).open());
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        edit.setAriaLabel("Edit " + row.field().label());
        Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> attempt(() -> categories.updateFields(node.id(), node.lockVersion(),
                customFields().stream().filter(field -> !field.key().equals(row.field().key())).toList()),
                "Removed the field " + row.field().label() + "."));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel("Remove " + row.field().label());
        return new HorizontalLayout(edit, remove);
    }

    private void addFieldToSchema(FieldDefinition field) {
        List<FieldDefinition> updated = new ArrayList<>(customFields());
        updated.add(field);
        onChanged.accept(categories.updateFields(node.id(), node.lockVersion(), updated));
        Notifications.success("Added the field " + field.label() + ".");
    }

    private void replaceField(FieldDefinition old, FieldDefinition changed) {
        List<FieldDefinition> updated = customFields().stream().map(field -> field.key().equals(old.key()) ? changed : field).toList();
        onChanged.accept(categories.updateFields(node.id(), node.lockVersion(), updated));
        Notifications.success("Saved the field " + changed.label() + ".");
    }

    private List<FieldDefinition> customFields() {
        return node.ownFields().stream().filter(field -> !field.system()).toList();
    }

    private void deleteSelected() {
        try {
            categories.delete(node.id());
            Notifications.success("Deleted " + node.name() + ".");
            onDeleted.run();
        } catch (UserFacingException refused) {
            Notifications.error(refused.getMessage());
        }
    }

    private void attempt(Supplier<CategoryNode> change, String success) {
        try {
            onChanged.accept(change.get());
            Notifications.success(success);
        } catch (UserFacingException refused) {
            Notifications.error(refused.getMessage());
        }
    }
}
