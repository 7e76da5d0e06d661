package studio.thresho.wizard.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.function.Consumer;
import studio.thresho.asset.AssetRules;
import studio.thresho.wizard.WizardProfile;
import studio.thresho.wizard.WizardSessionView;

/** Step 4: the proposed physical description (and where it comes from), then the other profile fields, all editable. */
class ProfileStep extends Div {

    final Paragraph note = new Paragraph();
    final TextField name = new TextField("Name");
    final TextField role = new TextField("Role");
    final TextArea physicalDescription = new TextArea("Physical description");
    final TextField ageRange = new TextField("Age range");
    final TextField hair = new TextField("Hair");
    final TextArea persona = new TextArea("Persona");
    final TextArea wardrobe = new TextArea("Default wardrobe");
    final TextField tags = new TextField("Tags");
    final Button next = new Button("Continue to confirmation");

    ProfileStep(WizardSessionView session, Consumer<WizardProfile> onNext) {
        addClassNames("wizard-step", "wizard-profile");
        note.setText(session.descriptionNote() == null ? "" : session.descriptionNote());
        note.addClassName("wizard-note");
        name.setMaxLength(AssetRules.NAME_MAX_LENGTH);
        name.setRequired(true);
        physicalDescription.setWidthFull();
        physicalDescription.setHelperText("Injected into every prompt with this talent");
        persona.setWidthFull();
        wardrobe.setWidthFull();
        tags.setHelperText("Separated by commas");
        WizardProfile profile = session.profile();
        name.setValue(orEmpty(profile.name()));
        role.setValue(orEmpty(profile.role()));
        physicalDescription.setValue(orEmpty(profile.physicalDescription()));
        ageRange.setValue(orEmpty(profile.ageRange()));
        hair.setValue(orEmpty(profile.hair()));
        persona.setValue(orEmpty(profile.persona()));
        wardrobe.setValue(orEmpty(profile.wardrobe()));
        tags.setValue(String.join(", ", profile.tags()));
        next.setId("wizard-profile-next");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.addClickListener(click -> onNext.accept(profile()));
        Div fields = new Div(name, role, ageRange, hair);
        fields.addClassName("wizard-settings");
        add(note, physicalDescription, fields, persona, wardrobe, tags, next);
    }

    WizardProfile profile() {
        return new WizardProfile(name.getValue(), role.getValue(), physicalDescription.getValue(), ageRange.getValue(), hair.getValue(),
                persona.getValue(), wardrobe.getValue(), Arrays.stream(tags.getValue().split(",")).map(String::strip)
                .filter(tag -> !tag.isEmpty()).toList());
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
