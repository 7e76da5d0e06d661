package studio.thresho.wizard.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import studio.thresho.generation.ui.ManualResultSteps;
import studio.thresho.wizard.WizardImage;
import studio.thresho.asset.SheetSlot;
import studio.thresho.wizard.SheetViewState;
import studio.thresho.wizard.WizardSessionView;

/** Step 3: the 8 views in the sheet grid as they arrive; regenerate one, keep or drop each; 6 are enough. */
class SheetStep extends Div {

    /** What the step asks of the page. */
    interface Actions {
        void generateMissing();

        void regenerate(SheetSlot slot);

        void keep(SheetSlot slot, boolean kept);

        void toProfile();
    }

    final Map<SheetSlot, Button> regenerate = new EnumMap<>(SheetSlot.class);
    final Map<SheetSlot, Checkbox> keep = new EnumMap<>(SheetSlot.class);
    final Button generateMissing = new Button("Generate the missing views");
    final Paragraph quote = new Paragraph();
    final Paragraph count = new Paragraph();
    final Button next = new Button("Continue to profile");
    /** For a provider without an API: each waiting view's command and upload. */
    final Map<SheetSlot, ManualResultSteps> manual = new EnumMap<>(SheetSlot.class);

    SheetStep(WizardSessionView session, String regenerationQuote, Actions actions, Function<WizardImage, ManualResultSteps> manualSteps) {
        addClassName("wizard-step");
        quote.setText(regenerationQuote);
        quote.addClassName("wizard-quote");
        Div grid = new Div();
        grid.addClassNames("sheet-grid", "wizard-sheet");
        for (SheetViewState view : session.views()) {
            Button again = new Button("Regenerate", click -> actions.regenerate(view.slot()));
            again.setId("wizard-regenerate-" + view.slot().dbValue());
            again.setEnabled(view.current() != null);
            Checkbox kept = new Checkbox("Keep", !view.dropped());
            kept.addValueChangeListener(change -> actions.keep(view.slot(), change.getValue()));
            regenerate.put(view.slot(), again);
            keep.put(view.slot(), kept);
            String label = view.slot().label() + (view.inFlight() > 0 && view.current() != null && view.current().ready()
                    ? " (" + view.inFlight() + " running)" : "");
            Div card = ImageCard.of(view.current(), label, again, kept);
            card.addClassName("sheet-cell");
            if (view.dropped()) {
                card.addClassName("dropped");
            }
            if (view.current() != null && view.current().awaitingUpload()) {
                ManualResultSteps steps = manualSteps.apply(view.current());
                manual.put(view.slot(), steps);
                card.add(steps);
            }
            grid.add(card);
        }
        boolean missing = session.views().stream().anyMatch(view -> view.current() == null && !view.dropped());
        generateMissing.setVisible(missing);
        generateMissing.addClickListener(click -> actions.generateMissing());
        count.setText(session.acceptedViews() + " of " + SheetSlot.MAX_VIEWS + " views kept; " + SheetSlot.MIN_VIEWS + " are enough to continue.");
        count.addClassName("wizard-quote");
        next.setId("wizard-sheet-next");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.setEnabled(session.sheetEnough());
        next.addClickListener(click -> actions.toProfile());
        add(quote);
        if (session.linkWarning() != null) {
            add(WizardView.warning(session.linkWarning()));
        }
        add(grid, generateMissing, count, next);
    }
}
