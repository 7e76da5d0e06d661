package studio.thresho.asset.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.RouteParameters;
import java.util.Optional;
import studio.thresho.asset.AssetDetail;
import studio.thresho.asset.AssetLifecycleService;
import studio.thresho.base.ui.FormDialog;
import studio.thresho.project.ProjectSummary;

/**
 * Editing a system asset (a lighting preset) edits a copy of it: in the current project's library
 * or the global one. The copy's form opens at once.
 */
class PresetCopyDialog extends FormDialog {

    static final String PROJECT = "This project";
    static final String GLOBAL = "Global library";

    final RadioButtonGroup<String> library = new RadioButtonGroup<>("Edit a copy in");

    private final AssetDetail preset;
    private final AssetLifecycleService lifecycle;

    PresetCopyDialog(AssetDetail preset, AssetLifecycleService lifecycle, Optional<ProjectSummary> project) {
        super("Edit a copy of " + preset.name(), "Create copy and edit");
        this.preset = preset;
        this.lifecycle = lifecycle;
        addClassName("preset-copy-dialog");
        library.setItems(PROJECT, GLOBAL);
        library.setItemLabelGenerator(choice -> PROJECT.equals(choice) ? project.map(p -> "This project (" + p.name() + ")")
                .orElse("This project (choose one first)") : choice);
        library.setItemEnabledProvider(choice -> GLOBAL.equals(choice) || project.isPresent());
        library.setValue(project.isPresent() ? PROJECT : GLOBAL);
        Paragraph note = new Paragraph(preset.name() + " ships with the studio and stays as it is, so every project can rely on it. "
                + "Your changes go into a copy, with its fields and images.");
        note.addClassName("dialog-note");
        addForm(note, library);
        setWidth("520px");
    }

    @Override
    protected void submit() {
        AssetDetail copy = lifecycle.copyToEdit(preset.lineageId(), GLOBAL.equals(library.getValue()));
        UI.getCurrent().navigate(AssetFormView.class, new RouteParameters(AssetFormView.LINEAGE_PARAMETER, copy.lineageId().toString()));
    }
}
