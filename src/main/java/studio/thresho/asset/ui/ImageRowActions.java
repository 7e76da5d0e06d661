package studio.thresho.asset.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.contextmenu.ContextMenu;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
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
    static final String COLUMN_WIDTH = "264px";

    /** The views a sheet view can move to, opened by its Move to slot… button; null for other images. */
    final ContextMenu slotMenu;

    ImageRowActions(ImageDraft image, Set<SheetSlot> taken, Handler handler) {
        addClassName("image-row-actions");
        if (image.type() == ImageType.CHARACTER_SHEET) {
            Button move = new Button(MOVE_TO_SLOT);
            move.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            move.addClassName("move-to-slot");
            slotMenu = slotMenu(move, image.slot(), taken, handler);
            add(move);
        } else {
            slotMenu = null;
        }
        if (image.type() != ImageType.HEADSHOT) {
            add(iconButton(VaadinIcon.USER_STAR, "Make headshot", handler::makeHeadshot));
        }
        add(iconButton(VaadinIcon.EDIT, "Edit caption", handler::editCaption));
        Button remove = iconButton(VaadinIcon.TRASH, "Remove image", handler::remove);
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        add(remove);
    }

    private static ContextMenu slotMenu(Button target, SheetSlot current, Set<SheetSlot> taken, Handler handler) {
        ContextMenu menu = new ContextMenu(target);
        menu.setOpenOnClick(true);
        menu.addClassName("slot-menu");
        for (SheetSlot slot : SheetSlot.values()) {
            String label = slot == current ? slot.label() + " (this view)"
                    : taken.contains(slot) ? slot.label() + " (swap)" : slot.label();
            MenuItem item = menu.addItem(label, click -> handler.moveToSlot(slot));
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
