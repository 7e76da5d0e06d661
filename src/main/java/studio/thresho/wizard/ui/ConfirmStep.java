package studio.thresho.wizard.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.function.Consumer;
import studio.thresho.wizard.SheetViewState;
import studio.thresho.wizard.WizardProfile;
import studio.thresho.wizard.WizardSessionView;

/** Step 5: the talent as its page will show it, and where to save it (the project or the global library). */
class ConfirmStep extends Div {

    static final String PROJECT = "This project's library";
    static final String GLOBAL = "The global library";

    final RadioButtonGroup<String> target = new RadioButtonGroup<>("Save to");
    final Button save = new Button("Save talent");

    ConfirmStep(WizardSessionView session, Consumer<Boolean> onSave) {
        addClassNames("wizard-step", "wizard-confirm");
        WizardProfile profile = session.profile();
        Image headshot = new Image(session.chosenHeadshot().previewUrl(), "Headshot of " + profile.name());
        headshot.addClassName("wizard-confirm-headshot");
        Div facts = new Div(new H2(profile.name()), line("Role", profile.role()), line("Age range", profile.ageRange()),
                line("Hair", profile.hair()), new Paragraph(profile.physicalDescription()), line("Persona", profile.persona()),
                line("Default wardrobe", profile.wardrobe()), line("Tags", String.join(", ", profile.tags())),
                line("Source", "AI generated · v1.0.0"), line("Consistency", "character reference = the headshot; seed "
                        + (session.lockedSeed() == null ? "none (the provider gives none)" : session.lockedSeed()) + " kept for "
                        + session.providerName()));
        facts.addClassName("wizard-confirm-facts");
        Div top = new Div(headshot, facts);
        top.addClassName("wizard-confirm-top");
        Div sheet = new Div();
        sheet.addClassName("sheet-grid");
        for (SheetViewState view : session.views()) {
            if (view.accepted()) {
                Image image = new Image(view.current().thumbnailUrl(), view.slot().label());
                Span label = new Span(view.slot().label());
                label.addClassName("sheet-label");
                Div cell = new Div(image, label);
                cell.addClassName("sheet-cell");
                sheet.add(cell);
            }
        }
        target.setItems(PROJECT, GLOBAL);
        target.setValue(session.global() ? GLOBAL : PROJECT);
        save.setId("wizard-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> onSave.accept(GLOBAL.equals(target.getValue())));
        add(top, sheet, target, save);
    }

    private static Div line(String label, String value) {
        Div line = new Div(new Span(label + ": "), new Span(value == null || value.isBlank() ? "\u2014" : value));
        line.addClassName("wizard-fact");
        return line;
    }
}
