package studio.thresho.asset.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import studio.thresho.asset.AssetRules;
import studio.thresho.asset.VersionChange;
import studio.thresho.asset.VersionProposal;
import studio.thresho.asset.VersionRequest;
import studio.thresho.asset.category.VersionBump;

/**
 * Asks how to save an edit as a new version: what changed, the proposed bump (patch, minor or
 * major, which the user may override), version notes and whether the new version becomes active.
 */
class SaveVersionDialog extends Dialog {

    final RadioButtonGroup<VersionBump> bump = new RadioButtonGroup<>("New version");
    final TextArea notes = new TextArea("Version notes");
    final Checkbox activate = new Checkbox("Use it in new generations (make it the active version)");
    final Button save = new Button();
    final UnorderedList changes = new UnorderedList();

    SaveVersionDialog(String assetName, VersionProposal proposal, boolean latestIsActive, Consumer<VersionRequest> onSave) {
        setHeaderTitle("Save a new version of " + assetName);
        addClassName("save-version-dialog");
        setWidth("560px");
        Paragraph intro = new Paragraph("Changes since v" + proposal.latestVersion() + ":");
        for (VersionChange change : proposal.changes()) {
            changes.add(new ListItem(new Span(change.subject() + " " + change.summary() + " "), BumpBadge.of(change.bump())));
        }
        changes.addClassName("version-changes");
        bump.setItems(VersionBump.values());
        bump.setItemLabelGenerator(value -> "v" + proposal.next(value) + " · " + value.label() + ": " + value.meaning()
                + (value == proposal.proposed() ? " (proposed)" : ""));
        bump.setValue(proposal.proposed());
        bump.addValueChangeListener(change -> updateSaveText(proposal));
        notes.setMaxLength(AssetRules.VERSION_NOTES_MAX_LENGTH);
        notes.setPlaceholder(proposal.summary());
        notes.setHelperText("Left empty, the notes list the changes above");
        notes.setWidthFull();
        activate.setValue(latestIsActive);
        if (!latestIsActive) {
            activate.setHelperText("An older version is active now; it stays active unless you tick this.");
        }
        add(new Div(intro, changes, bump, notes, activate));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            close();
            onSave.accept(new VersionRequest(bump.getValue(), notes.getValue(), activate.getValue()));
        });
        updateSaveText(proposal);
        getFooter().add(new Button("Cancel", click -> close()), save);
    }

    private void updateSaveText(VersionProposal proposal) {
        save.setText("Save v" + proposal.next(bump.getValue() == null ? proposal.proposed() : bump.getValue()));
    }
}
