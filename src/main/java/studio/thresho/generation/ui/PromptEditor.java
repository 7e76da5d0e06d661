package studio.thresho.generation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.HashSet;
import java.util.Set;
import studio.thresho.generation.GenerationPlan;
import studio.thresho.generation.GenerationService;
import studio.thresho.generation.PlanAddition;
import studio.thresho.generation.SentReference;

/**
 * The prompt as the server plans it, editable: an edit is kept until the user chooses the new
 * assembly; below it what the plan says besides the prompt (trimmed parts, negative prompt,
 * references and how each travels, additions that can be switched off, the seed).
 */
class PromptEditor extends Div {

    final TextArea prompt = new TextArea("Prompt");
    final Div staleEdit = new Div();
    final Div promptNotes = new Div();
    final Set<String> switchedOff = new HashSet<>();

    private final Runnable onSwitch;
    private String assembledText = "";

    PromptEditor(Runnable onSwitch) {
        this.onSwitch = onSwitch;
        prompt.setWidthFull();
        prompt.setMinHeight("10em");
        prompt.setMaxLength(GenerationService.MAX_PROMPT_LENGTH);
        prompt.setHelperText("Assembled from the picks; you may edit it before generating");
        promptNotes.addClassName("prompt-notes");
        staleEdit.addClassName("stale-edit");
        staleEdit.setVisible(false);
        add(prompt, staleEdit, promptNotes);
    }

    /** The user's edit, or null when the prompt is the assembled one. */
    String edit() {
        String text = prompt.getValue();
        return text.isBlank() || text.equals(assembledText) ? null : text;
    }

    /**
     * Shows a new plan. An edited prompt is not overwritten: the user chooses between keeping the
     * edit and the new assembly.
     */
    void show(GenerationPlan plan, boolean force) {
        boolean edited = edit() != null;
        String previous = assembledText;
        assembledText = plan.assembledPrompt();
        if (force || !edited) {
            prompt.setValue(assembledText);
            staleEdit.setVisible(false);
        } else if (!assembledText.equals(previous)) {
            offerReassembly();
        }
        showNotes(plan);
    }

    private void offerReassembly() {
        staleEdit.removeAll();
        Button keep = new Button("Keep my edit", click -> staleEdit.setVisible(false));
        Button replace = new Button("Use the new assembly", click -> {
            prompt.setValue(assembledText);
            staleEdit.setVisible(false);
        });
        keep.addThemeVariants(ButtonVariant.LUMO_SMALL);
        replace.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        staleEdit.add(new Span("The picks changed since you edited the prompt."), keep, replace);
        staleEdit.setVisible(true);
    }

    private void showNotes(GenerationPlan plan) {
        promptNotes.removeAll();
        if (!plan.trimmed().isEmpty()) {
            promptNotes.add(new Paragraph("Trimmed to fit " + plan.providerName() + ": " + String.join(", ", plan.trimmed()) + "."));
        }
        if (plan.negativePrompt() != null && !plan.negativePrompt().isBlank()) {
            promptNotes.add(new Paragraph("Negative prompt: " + plan.negativePrompt()));
        }
        if (!plan.references().isEmpty()) {
            promptNotes.add(new Paragraph("Reference images: " + String.join(", ", plan.references().stream()
                    .map(reference -> reference.assetName() + " (" + reference.role() + ", " + travels(reference.method()) + ")").toList())));
        }
        for (PlanAddition addition : plan.additions()) {
            Checkbox on = new Checkbox(addition.label(), addition.on());
            on.addClassName("plan-addition");
            on.addValueChangeListener(change -> {
                if (change.getValue()) {
                    switchedOff.remove(addition.id());
                } else {
                    switchedOff.add(addition.id());
                }
                onSwitch.run();
            });
            promptNotes.add(on);
        }
        plan.notes().forEach(note -> promptNotes.add(new Paragraph(note)));
        promptNotes.add(new Paragraph("Seed: " + (plan.seed() == null ? "random" : plan.seed() + " (" + plan.seedSource() + ")") + "."));
    }

    private static String travels(SentReference.Method method) {
        return switch (method) {
            case IMAGE -> "sent as an image";
            case LINK -> "sent as a link";
            case TEXT -> "described in words only";
        };
    }
}
