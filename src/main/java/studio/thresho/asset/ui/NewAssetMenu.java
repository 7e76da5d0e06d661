package studio.thresho.asset.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.router.RouteParameters;
import java.util.List;
import studio.thresho.asset.category.CategoryNode;

/** "+ New Asset ▼": one entry per category, sub-categories indented. */
class NewAssetMenu extends MenuBar {

    NewAssetMenu(List<CategoryNode> categories) {
        addThemeVariants(MenuBarVariant.LUMO_PRIMARY);
        MenuItem root = addItem(new Span(VaadinIcon.PLUS.create(), new Span("New asset")));
        SubMenu menu = root.getSubMenu();
        for (CategoryNode category : categories) {
            Span label = new Span(IconChoices.icon(category.icon()), new Span(category.name()));
            label.addClassName("new-asset-item");
            label.getStyle().set("padding-left", category.depth() + "em");
            menu.addItem(label, click -> UI.getCurrent().navigate(AssetFormView.class,
                    new RouteParameters(AssetFormView.CATEGORY_PARAMETER, category.slug())));
        }
    }
}
