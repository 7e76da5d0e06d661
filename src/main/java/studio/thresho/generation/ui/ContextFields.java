package studio.thresho.generation.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import studio.thresho.asset.AssetSummary;
import studio.thresho.generation.Slot;
import studio.thresho.prompt.EnvironmentContext;
import studio.thresho.prompt.TalentContext;
import studio.thresho.prompt.TimeOfDay;

/**
 * The per-generation context of one pick (FR-6.2): what a talent does in this image, or which
 * part of an environment is seen and how it differs today. Every field is optional.
 */
class ContextFields extends FormLayout {

    static final int MAX_LENGTH = 300;

    final TextField action = field("Action", "What are they doing?");
    final TextField expression = field("Expression", "Emotional state, facial expression");
    final TextField position = field("Position", "Where in frame, body position");
    final TextField wardrobe = field("Wardrobe override", "Instead of the default wardrobe");
    final TextField interaction = field("Interaction", "With props, other talent, the place");
    final TextField area = field("Area / section", "e.g. near the window");
    final Select<TimeOfDay> time = new Select<>();
    final TextField weather = field("Weather override", "Instead of the usual conditions");
    final TextField modifications = field("Modifications", "e.g. decorated for the holidays");

    /** A Wardrobe asset instead of (or besides) words: its description and reference image go into the plan. */
    final ComboBox<AssetSummary> wardrobeAsset = new ComboBox<>("Wardrobe asset");

    private final Slot slot;

    ContextFields(Slot slot, TalentContext talent, EnvironmentContext environment) {
        this(slot, talent, environment, List.of(), null);
    }

    /**
     * @param wardrobeChoices the Wardrobe assets a talent may wear
     * @param wearing         the one it wears already (or is offered by "Use in Generation"), or null
     */
    ContextFields(Slot slot, TalentContext talent, EnvironmentContext environment, List<AssetSummary> wardrobeChoices, AssetSummary wearing) {
        this.slot = slot;
        addClassName("context-fields");
        if (slot == Slot.TALENT) {
            wardrobeAsset.setItems(wardrobeChoices);
            wardrobeAsset.setItemLabelGenerator(AssetSummary::name);
            wardrobeAsset.setClearButtonVisible(true);
            wardrobeAsset.setPlaceholder(wardrobeChoices.isEmpty() ? "No wardrobe assets yet" : "None");
            wardrobeAsset.setHelperText("Its description and reference image go into the generation; typed words win");
            if (wearing != null) {
                wardrobeAsset.setValue(wardrobeChoices.stream().filter(choice -> choice.lineageId().equals(wearing.lineageId())).findFirst()
                        .orElse(null));
            }
            add(action, expression, position, wardrobe, wardrobeAsset, interaction);
            TalentContext given = talent == null ? TalentContext.none() : talent;
            set(action, given.action());
            set(expression, given.expression());
            set(position, given.position());
            set(wardrobe, given.wardrobeOverride());
            set(interaction, given.interaction());
        } else if (slot == Slot.ENVIRONMENT) {
            time.setLabel("Time of day");
            time.setItems(List.of(TimeOfDay.values()));
            time.setItemLabelGenerator(value -> value == null ? "As the environment says" : value.label());
            time.setEmptySelectionAllowed(true);
            time.setEmptySelectionCaption("As the environment says");
            add(area, time, weather, modifications);
            EnvironmentContext given = environment == null ? EnvironmentContext.none() : environment;
            set(area, given.area());
            time.setValue(given.timeOverride());
            set(weather, given.weatherOverride());
            set(modifications, given.modifications());
        }
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("420px", 2));
    }

    boolean hasFields() {
        return slot == Slot.TALENT || slot == Slot.ENVIRONMENT;
    }

    TalentContext talent() {
        return slot == Slot.TALENT ? new TalentContext(text(action), text(expression), text(position), text(wardrobe), text(interaction)) : null;
    }

    AssetSummary wardrobeChoice() {
        return slot == Slot.TALENT ? wardrobeAsset.getValue() : null;
    }

    EnvironmentContext environment() {
        return slot == Slot.ENVIRONMENT ? new EnvironmentContext(text(area), time.getValue(), text(weather), text(modifications)) : null;
    }

    private static TextField field(String label, String placeholder) {
        TextField field = new TextField(label);
        field.setPlaceholder(placeholder);
        field.setMaxLength(MAX_LENGTH);
        field.setClearButtonVisible(true);
        return field;
    }

    private static void set(TextField field, String value) {
        field.setValue(value == null ? "" : value);
    }

    private static String text(TextField field) {
        return field.getValue().isBlank() ? null : field.getValue().trim();
    }
}
