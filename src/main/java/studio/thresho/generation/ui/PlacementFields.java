package studio.thresho.generation.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import studio.thresho.asset.ImageType;
import studio.thresho.asset.SheetSlot;
import studio.thresho.generation.ResultPlacement;

/** What a saved result becomes among an asset's images: its role and, for a character-sheet view, which view. */
class PlacementFields extends Div {

    static final List<ImageType> ROLES = List.of(ImageType.REFERENCE, ImageType.HEADSHOT, ImageType.CHARACTER_SHEET,
            ImageType.EXAMPLE, ImageType.MOOD);

    final Select<ImageType> role = new Select<>();
    final Select<SheetSlot> view = new Select<>();

    PlacementFields() {
        addClassName("placement-fields");
        role.setLabel("Save it as");
        role.setItems(ROLES);
        role.setItemLabelGenerator(type -> type == ImageType.CHARACTER_SHEET ? "Character-sheet view" : type.label());
        role.setValue(ImageType.REFERENCE);
        view.setLabel("View");
        view.setItems(SheetSlot.values());
        view.setItemLabelGenerator(SheetSlot::label);
        view.setValue(SheetSlot.FRONT_FACE);
        view.setVisible(false);
        role.addValueChangeListener(change -> view.setVisible(change.getValue() == ImageType.CHARACTER_SHEET));
        add(role, view);
    }

    /** The placement chosen; refuses with a message when it is incomplete. */
    ResultPlacement placement() {
        return new ResultPlacement(role.getValue(), view.isVisible() ? view.getValue() : null);
    }
}
