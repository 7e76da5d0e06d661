package studio.thresho.wizard.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.function.Consumer;
import studio.thresho.asset.AssetDetail;
import studio.thresho.asset.AssetService;
import studio.thresho.asset.ui.AssetProfile;
import studio.thresho.wizard.WizardSessionView;

/**
 * Step 5: the talent as its detail view will show it (the detail view's own profile component),
 * what the save adds, and where to save it (the project or the global library).
 */
class ConfirmStep extends Div {

    static final String PROJECT = "This project's library";
    static final String GLOBAL = "The global library";

    final Div profile;
    final Paragraph consistency = new Paragraph();
    final RadioButtonGroup<String> target = new RadioButtonGroup<>("Save to");
    final Button save = new Button("Save talent");

    ConfirmStep(WizardSessionView session, AssetDetail preview, AssetService assets, Consumer<Boolean> onSave) {
        addClassNames("wizard-step", "wizard-confirm");
        profile = AssetProfile.readOnly(preview, assets);
        consistency.setText("Saving adds the composite of the sheet and the consistency settings: character reference = the headshot; seed "
                + (session.lockedSeed() == null ? "none (the provider gives none)" : session.lockedSeed()) + " kept for "
                + session.providerName() + ".");
        consistency.addClassName("wizard-quote");
        target.setItems(PROJECT, GLOBAL);
        target.setValue(session.global() ? GLOBAL : PROJECT);
        save.setId("wizard-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> onSave.accept(GLOBAL.equals(target.getValue())));
        add(profile, consistency, target, save);
    }
}
