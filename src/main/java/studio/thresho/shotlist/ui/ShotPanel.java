package studio.thresho.shotlist.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import studio.thresho.base.ui.LengthLimit;
import studio.thresho.generation.Slot;
import studio.thresho.shotlist.ShotDraft;
import studio.thresho.shotlist.ShotLimits;
import studio.thresho.shotlist.ShotOptions;
import studio.thresho.shotlist.ShotRow;
import studio.thresho.shotlist.ShotStatus;

/** The side panel editing one shot row: its fields, and a button per slot to cast it through the asset selector. */
class ShotPanel extends Div {

    final H3 heading = new H3();
    final TextField label = new TextField("Label");
    final TextField title = new TextField("Title");
    final TextArea description = new TextArea("Description (what happens)");
    final ComboBox<String> framing = options("Framing", ShotOptions.FRAMINGS);
    final ComboBox<String> angle = options("Camera angle", ShotOptions.ANGLES);
    final ComboBox<String> movement = options("Camera movement", ShotOptions.MOVEMENTS);
    final BigDecimalField duration = new BigDecimalField("Duration (s)");
    final ComboBox<String> aspectRatio = options("Aspect ratio", ShotOptions.ASPECT_RATIOS);
    final TextArea notes = new TextArea("Notes");
    final Select<ShotStatus> status = new Select<>();
    final Button save = new Button("Save shot");
    final Div castButtons = new Div();

    private ShotRow row;

    ShotPanel(BiConsumer<ShotRow, ShotDraft> onSave, Consumer<Slot> onCast) {
        addClassName("shot-panel");
        setVisible(false);
        LengthLimit.refuseOver(label, ShotLimits.LABEL_MAX_LENGTH);
        LengthLimit.refuseOver(title, ShotLimits.TITLE_MAX_LENGTH);
        status.setLabel("Status");
        status.setItems(ShotStatus.values());
        status.setItemLabelGenerator(ShotStatus::label);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> onSave.accept(row, draft()));
        for (Slot slot : Slot.values()) {
            Button cast = new Button(slot.label() + "…", click -> onCast.accept(slot));
            cast.addThemeVariants(ButtonVariant.LUMO_SMALL);
            cast.setId("cast-" + slot.role());
            castButtons.add(cast);
        }
        castButtons.addClassName("cast-buttons");
        FormLayout form = new FormLayout(label, title, description, framing, angle, movement, duration, aspectRatio, status, notes);
        form.setColspan(description, 2);
        form.setColspan(notes, 2);
        add(heading, form, castButtons, save);
    }

    void edit(ShotRow shown) {
        this.row = shown;
        setVisible(shown != null);
        if (shown == null) {
            return;
        }
        heading.setText("Shot " + shown.label());
        label.setValue(Objects.requireNonNullElse(shown.customLabel(), ""));
        label.setPlaceholder(String.valueOf(shown.position()));
        title.setValue(Objects.requireNonNullElse(shown.title(), ""));
        description.setValue(Objects.requireNonNullElse(shown.description(), ""));
        framing.setValue(shown.framing());
        angle.setValue(shown.cameraAngle());
        movement.setValue(shown.cameraMovement());
        duration.setValue(shown.durationSeconds());
        aspectRatio.setValue(shown.aspectRatio());
        notes.setValue(Objects.requireNonNullElse(shown.notes(), ""));
        status.setValue(shown.status());
    }

    ShotRow row() {
        return row;
    }

    ShotDraft draft() {
        return new ShotDraft(label.getValue(), title.getValue(), description.getValue(), framing.getValue(), angle.getValue(),
                movement.getValue(), duration.getValue(), aspectRatio.getValue(), notes.getValue(), status.getValue());
    }

    /** A list of the usual words that also takes the producer's own. */
    private static ComboBox<String> options(String caption, List<String> values) {
        ComboBox<String> box = new ComboBox<>(caption);
        List<String> items = new ArrayList<>(values);
        box.setItems(items);
        box.setAllowCustomValue(true);
        box.setClearButtonVisible(true);
        box.addCustomValueSetListener(custom -> {
            String value = custom.getDetail().strip();
            if (!items.contains(value)) {
                items.add(value);
                box.setItems(items);
            }
            box.setValue(value);
        });
        return box;
    }
}
