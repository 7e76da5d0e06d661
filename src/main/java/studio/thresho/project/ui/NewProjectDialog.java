package studio.thresho.project.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import studio.thresho.base.ui.FormDialog;
import studio.thresho.base.ui.LengthLimit;
import studio.thresho.base.ui.Notifications;
import studio.thresho.project.CurrentProjectService;
import studio.thresho.project.ProjectService;
import studio.thresho.project.ProjectSummary;

/** Lets an administrator start a project from the shell; the new project becomes the current one. */
public class NewProjectDialog extends FormDialog {

    final TextField name = new TextField("Name");
    final TextArea description = new TextArea("Description");

    private final ProjectService projects;
    private final CurrentProjectService currentProject;

    public NewProjectDialog(ProjectService projects, CurrentProjectService currentProject) {
        super("New project", "Create project");
        this.projects = projects;
        this.currentProject = currentProject;
        LengthLimit.refuseOver(name, ProjectService.NAME_MAX_LENGTH);
        name.setRequired(true);
        name.setPlaceholder("e.g. Q2 Campaign");
        description.setMaxLength(ProjectService.DESCRIPTION_MAX_LENGTH);
        description.setHelperText("What the campaign is about (optional)");
        FormLayout form = new FormLayout(name, description);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        addForm(form);
    }

    @Override
    protected void submit() {
        ProjectSummary created = projects.create(name.getValue(), description.getValue());
        currentProject.select(created.id());
        Notifications.success("Created the project " + created.name() + ".");
        UI.getCurrent().refreshCurrentRoute(true);
    }
}
