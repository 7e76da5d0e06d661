package studio.thresho.asset.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import java.util.Set;
import studio.thresho.asset.ImageDraft;
import studio.thresho.asset.ImageType;
import studio.thresho.asset.SheetSlot;

/**
 * The buttons of one image row: <em>Move to slot…</em> for a character-sheet view, make headshot,
 * caption, remove. Icon buttons with tooltips keep the row inside the grid's fixed-width column.
 */
class ImageRowActions extends Div {

    /** What the buttons do to the row's image. */
    interface Handler {
        void moveToSlot(SheetSlot slot);

        void makeHeadshot();

        void editCaption();

        void remove();
    }

    static final String MOVE_TO_SLOT = "Move to slot…";
    /** Wide enough for every button of a sheet view's row (the widest row), so no row spills out of the grid. */
    static final String COLUMN_WIDTH = "250px";

    ImageRowActions(ImageDraft image, Set<SheetSlot> taken, Handler handler) {
        addClassName("image-row-actions");
        if (image.type() == ImageType.CHARACTER_SHEET) {
            add(slotMenu(image.slot(), taken, handler));
        }
        if (image.type() != ImageType.HEADSHOT) {
            add(iconButton(VaadinIcon.USER_STAR, "Make headshot", handler::makeHeadshot));
        }
        add(iconButton(VaadinIcon.EDIT, "Edit caption", handler::editCaption));
        Button remove = iconButton(VaadinIcon.TRASH, "Remove image", handler::remove);
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        add(remove);
    }

    private static MenuBar slotMenu(SheetSlot current, Set<SheetSlot> taken, Handler handler) {
        MenuBar menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY, MenuBarVariant.LUMO_SMALL);
        menu.addClassName("move-to-slot");
        SubMenu slots = menu.addItem(MOVE_TO_SLOT).getSubMenu();
        for (SheetSlot slot : SheetSlot.values()) {
            String label = slot == current ? slot.label() + " (this view)"
                    : taken.contains(slot) ? slot.label() + " (swap)" : slot.label();
            MenuItem item = slots.addItem(label, click -> handler.moveToSlot(slot));
            item.setEnabled(slot != current);
        }
        return menu;
    }

    private static Button iconButton(VaadinIcon icon, String label, Runnable action) {
        Button button = new Button(icon.create(), click -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_SMALL);
        button.setAriaLabel(label);
        button.setTooltipText(label);
        return button;
    }
}
