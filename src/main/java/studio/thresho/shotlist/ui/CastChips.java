package studio.thresho.shotlist.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import java.util.function.Consumer;
import studio.thresho.shotlist.CastChip;
import studio.thresho.shotlist.ShotRow;

/** A row's cast as chips (thumbnail, name, version); a chip opens its version and context, an outdated pin offers Update pin. */
class CastChips extends Div {

    CastChips(ShotRow row, boolean editable, Consumer<CastChip> onOpen, Consumer<CastChip> onUpdatePin) {
        addClassName("cast-chips");
        for (CastChip chip : row.cast()) {
            Div element = new Div();
            element.addClassName("cast-chip");
            element.addClassName("slot-" + chip.slot().role());
            element.getElement().setAttribute("title", chip.slot().label());
            if (chip.thumbnailUrl() != null) {
                element.add(new Image(chip.thumbnailUrl(), ""));
            }
            Span name = new Span(chip.name());
            name.addClassName("cast-chip-name");
            Span version = new Span(chip.versionText());
            version.addClassName("version-badge");
            element.add(name, version);
            if (chip.pinOutdated()) {
                element.addClassName("pin-outdated");
                if (editable) {
                    Button update = new Button("Update pin", click -> onUpdatePin.accept(chip));
                    update.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                    update.setId("update-pin-" + chip.id());
                    element.add(update);
                }
            }
            if (editable) {
                element.addClickListener(click -> onOpen.accept(chip));
                element.getElement().setAttribute("role", "button");
            }
            add(element);
        }
    }
}
