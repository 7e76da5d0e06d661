package studio.thresho.asset.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.UUID;
import studio.thresho.asset.category.CategoryNode;
import studio.thresho.asset.category.CategoryService;
import studio.thresho.base.ui.ViewHeader;
import studio.thresho.security.Role;

/** The category tree and each category's field schema, for editors and administrators. */
@Route("categories")
@PageTitle("Categories · Thresho Studio")
@Menu(title = "Categories", order = 20, icon = "vaadin:tags")
@RolesAllowed(Role.Names.EDITOR)
class CategoriesView extends Div {

    private final CategoryService categories;
    private final TreeGrid<CategoryNode> tree = new TreeGrid<>();
    private final CategoryDetail detail;
    private List<CategoryNode> nodes = List.of();

    CategoriesView(CategoryService categories) {
        this.categories = categories;
        addClassName("page");
        addClassName("categories-page");
        detail = new CategoryDetail(categories, () -> nodes, this::refreshAndSelect, () -> refreshAndSelect(null));

        Button newCategory = new Button("New category", VaadinIcon.PLUS.create(),
                click -> new NewCategoryDialog(categories, null, this::refreshAndSelect).open());
        newCategory.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new ViewHeader("Categories", "The kinds of assets the library keeps, and the fields each kind has").addActions(newCategory));

        tree.addComponentHierarchyColumn(CategoriesView::nameCell).setHeader("Category").setFlexGrow(3);
        tree.addColumn(node -> node.effectiveFields().size()).setHeader("Fields").setAutoWidth(true).setFlexGrow(0);
        tree.addColumn(CategoryNode::assetCount).setHeader("Assets").setAutoWidth(true).setFlexGrow(0);
        tree.asSingleSelect().addValueChangeListener(change -> detail.show(change.getValue()));
        tree.setHeightFull();

        SplitLayout split = new SplitLayout(tree, detail);
        split.setSplitterPosition(38);
        split.addClassName("categories-split");
        add(split);
        refreshAndSelect(null);
    }

    TreeGrid<CategoryNode> tree() {
        return tree;
    }

    CategoryDetail detail() {
        return detail;
    }

    /** Reloads the tree and selects the given category (or nothing). */
    void refreshAndSelect(CategoryNode selected) {
        nodes = categories.tree();
        List<CategoryNode> roots = nodes.stream().filter(node -> node.parentId() == null).toList();
        tree.setItems(roots, parent -> nodes.stream().filter(node -> parent.id().equals(node.parentId())).toList());
        tree.expandRecursively(roots, Integer.MAX_VALUE);
        UUID id = selected == null ? null : selected.id();
        CategoryNode fresh = nodes.stream().filter(node -> node.id().equals(id)).findFirst().orElse(null);
        if (fresh == null) {
            tree.deselectAll();
            detail.show(null);
        } else {
            tree.select(fresh);
            detail.show(fresh);
        }
    }

    private static Span nameCell(CategoryNode node) {
        Span cell = new Span(IconChoices.icon(node.icon()), new Span(node.name()));
        cell.addClassName("category-cell");
        if (node.system()) {
            var lock = VaadinIcon.LOCK.create();
            lock.addClassName("category-lock");
            lock.setTooltipText("System category");
            cell.add(lock);
        }
        return cell;
    }
}
