package studio.thresho.shotlist.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import studio.thresho.asset.VersionSummary;
import studio.thresho.base.ui.FormDialog;
import studio.thresho.generation.Slot;
import studio.thresho.shotlist.CastChip;
import studio.thresho.shotlist.CastingService;
import studio.thresho.shotlist.ShotLimits;

/** One chip of a shot: follow the active version or pin an exact one (FR-11.4), its per-shot context, or remove it. */
class ChipDialog extends FormDialog {

    /** A line of the version dropdown: a version, or none to follow the active version. */
    record VersionChoice(UUID versionId, String label) {
    }

    static final Map<String, String> TALENT_CONTEXT = fields("action", "Action", "expression", "Expression", "position", "Position",
            "wardrobe_override", "Wardrobe override", "interaction", "Interaction");
    static final Map<String, String> ENVIRONMENT_CONTEXT = fields("area", "Area / section", "time_override", "Time of day",
            "weather_override", "Weather override", "modifications", "Modifications");

    final Select<VersionChoice> version = new Select<>();
    final Map<String, TextField> context = new LinkedHashMap<>();
    final Button remove = new Button("Remove from shot");

    private final CastingService casting;
    private final CastChip chip;
    private final Runnable onChange;

    ChipDialog(CastingService casting, CastChip chip, List<VersionSummary> history, Runnable onChange) {
        super(chip.name() + " · " + chip.slot().label(), "Save");
        this.casting = casting;
        this.chip = chip;
        this.onChange = onChange;
        List<VersionChoice> choices = new ArrayList<>();
        VersionChoice follow = new VersionChoice(null, "Follow the active version (v" + chip.activeVersion() + ")");
        choices.add(follow);
        history.forEach(summary -> choices.add(new VersionChoice(summary.versionId(), "Pin " + summary.label())));
        version.setLabel("Version");
        version.setItems(choices);
        version.setItemLabelGenerator(VersionChoice::label);
        version.setValue(choices.stream().filter(choice -> chip.pinned() ? chip.pinnedVersionId().equals(choice.versionId())
                : choice.versionId() == null).findFirst().orElse(follow));
        FormLayout form = new FormLayout(version);
        Map<String, String> keys = chip.slot() == Slot.TALENT ? TALENT_CONTEXT : chip.slot() == Slot.ENVIRONMENT ? ENVIRONMENT_CONTEXT : Map.of();
        keys.forEach((key, label) -> {
            TextField field = new TextField(label);
            field.setValue(chip.context().getOrDefault(key, ""));
            field.setMaxLength(ShotLimits.CONTEXT_VALUE_MAX_LENGTH);
            context.put(key, field);
            form.add(field);
        });
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        remove.addClickListener(click -> {
            casting.remove(chip.id());
            close();
            onChange.run();
        });
        getFooter().addComponentAtIndex(0, remove);
        addForm(form);
        setWidth("min(600px, 96vw)");
    }

    @Override
    protected void submit() {
        Map<String, String> values = new LinkedHashMap<>(chip.context());
        context.forEach((key, field) -> values.put(key, field.getValue()));
        casting.setContext(chip.id(), values);
        casting.pin(chip.id(), version.getValue().versionId());
        onChange.run();
    }

    private static Map<String, String> fields(String... keysAndLabels) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < keysAndLabels.length; i += 2) {
            fields.put(keysAndLabels[i], keysAndLabels[i + 1]);
        }
        return fields;
    }
}
