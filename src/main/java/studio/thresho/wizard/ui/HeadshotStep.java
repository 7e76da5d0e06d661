package studio.thresho.wizard.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import studio.thresho.generation.ui.ManualResultSteps;
import studio.thresho.wizard.WizardImage;
import studio.thresho.wizard.WizardLimits;
import studio.thresho.wizard.WizardSessionView;

/** Step 2: the headshot options as they arrive, choose one, regenerate all or ask for more like one. */
class HeadshotStep extends Div {

    /** What the step asks of the page. */
    interface Actions {
        void generate(int options);

        void moreLike(UUID option, int options);

        void choose(UUID option);

        void toSheet();
    }

    final IntegerField count = new IntegerField("Options");
    final Button generate = new Button();
    final Div options = new Div();
    final Paragraph quote = new Paragraph();
    final Paragraph sheetQuote = new Paragraph();
    final Button next = new Button("Continue to character sheet");
    /** The options' Choose buttons, in order. */
    final List<Button> choose = new ArrayList<>();
    /** For a provider without an API: each waiting option's command and upload, by generation. */
    final Map<UUID, ManualResultSteps> manual = new LinkedHashMap<>();

    HeadshotStep(WizardSessionView session, String headshotQuote, String viewsQuote, Actions actions,
                 Function<WizardImage, ManualResultSteps> manualSteps) {
        addClassName("wizard-step");
        count.setMin(WizardLimits.MIN_HEADSHOTS);
        count.setMax(WizardLimits.MAX_HEADSHOTS);
        count.setStepButtonsVisible(true);
        count.setValue(WizardLimits.MAX_HEADSHOTS);
        count.setWidth("8em");
        generate.setText(session.headshots().isEmpty() ? "Generate headshots" : "Regenerate all");
        generate.setId("wizard-generate-headshots");
        if (session.headshots().isEmpty()) {
            generate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        generate.addClickListener(click -> actions.generate(count.getValue() == null ? WizardLimits.MAX_HEADSHOTS : count.getValue()));
        quote.setText(headshotQuote);
        quote.addClassName("wizard-quote");
        Div controls = new Div(count, generate);
        controls.addClassName("wizard-controls");
        options.addClassName("wizard-options");
        int index = 1;
        for (WizardImage option : session.headshots()) {
            boolean chosen = session.chosenHeadshot() != null && session.chosenHeadshot().generationId().equals(option.generationId());
            Button choose = new Button(chosen ? "Chosen" : "Choose", click -> actions.choose(option.generationId()));
            choose.setEnabled(option.ready() && !chosen);
            choose.addClassName("wizard-choose");
            this.choose.add(choose);
            Button more = new Button("More like this one", click -> actions.moreLike(option.generationId(),
                    count.getValue() == null ? WizardLimits.MAX_HEADSHOTS : count.getValue()));
            more.setEnabled(option.ready());
            Div card = ImageCard.of(option, "Option " + index++, choose, more);
            if (chosen) {
                card.addClassName("chosen");
            }
            if (option.awaitingUpload()) {
                ManualResultSteps steps = manualSteps.apply(option);
                manual.put(option.generationId(), steps);
                card.add(steps);
            }
            options.add(card);
        }
        sheetQuote.setText(viewsQuote);
        sheetQuote.addClassName("wizard-quote");
        next.setId("wizard-headshot-next");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.setEnabled(session.chosenHeadshot() != null);
        next.addClickListener(click -> actions.toSheet());
        add(quote);
        if (session.linkWarning() != null) {
            add(WizardView.warning(session.linkWarning()));
        }
        add(controls, options, sheetQuote, next);
    }
}
