package studio.thresho.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import studio.thresho.base.UserFacingException;
import studio.thresho.base.ui.Notifications;
import studio.thresho.project.CurrentProjectService;
import studio.thresho.project.ProjectService;
import studio.thresho.project.ProjectSummary;

/** Lets an administrator start a project from the shell; the new project becomes the current one. */
class NewProjectDialog extends Dialog {

    final TextField name = new TextField("Name");
    final TextArea description = new TextArea("Description");
    final Paragraph error = new Paragraph();
    final Button create = new Button("Create project");

    NewProjectDialog(ProjectService projects, CurrentProjectService currentProject) {
        setHeaderTitle("New project");
        name.setMaxLength(ProjectService.NAME_MAX_LENGTH);
        name.setRequired(true);
        name.setPlaceholder("e.g. Q2 Campaign");
        description.setMaxLength(ProjectService.DESCRIPTION_MAX_LENGTH);
        description.setHelperText("What the campaign is about (optional)");
        error.addClassName("form-error");
        error.setVisible(false);
        FormLayout form = new FormLayout(name, description);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form, error);

        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> {
            try {
                ProjectSummary created = projects.create(name.getValue(), description.getValue());
                currentProject.select(created.id());
                Notifications.success("Created the project " + created.name() + ".");
                close();
                UI.getCurrent().refreshCurrentRoute(true);
            } catch (UserFacingException refused) {
                error.setText(refused.getMessage());
                error.setVisible(true);
            }
        });
        getFooter().add(new Button("Cancel", click -> close()), create);
    }
}
