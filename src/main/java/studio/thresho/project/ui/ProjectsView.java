package studio.thresho.project.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import studio.thresho.base.UserFacingException;
import studio.thresho.base.ui.FormDialog;
import studio.thresho.base.ui.LengthLimit;
import studio.thresho.base.ui.Notifications;
import studio.thresho.base.ui.ViewHeader;
import studio.thresho.project.CurrentProjectService;
import studio.thresho.project.ProjectService;
import studio.thresho.project.ProjectSummary;
import studio.thresho.security.Role;

/** Projects: create, rename, archive and restore, delete (administrators). */
@Route("projects")
@PageTitle("Projects · Thresho Studio")
@Menu(title = "Projects", order = 80, icon = "vaadin:folder-open")
@RolesAllowed(Role.Names.ADMIN)
class ProjectsView extends Div {

    final Grid<ProjectSummary> grid = new Grid<>();
    private final ProjectService projects;

    ProjectsView(ProjectService projects, CurrentProjectService currentProject) {
        this.projects = projects;
        addClassName("page");
        Button create = new Button("New project", VaadinIcon.PLUS.create(), click -> new NewProjectDialog(projects, currentProject).open());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new ViewHeader("Projects", "Each project has its own library and shot lists; archived projects leave the selector")
                .addActions(create));
        grid.addColumn(ProjectSummary::name).setHeader("Name").setFlexGrow(2);
        grid.addColumn(project -> project.description() == null ? "" : project.description()).setHeader("Description").setFlexGrow(3);
        grid.addComponentColumn(ProjectsView::status).setHeader("Status").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::actions).setKey("actions").setHeader("").setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        add(grid);
        refresh();
    }

    void refresh() {
        grid.setItems(projects.allProjects());
    }

    private static Component status(ProjectSummary project) {
        Span badge = new Span(project.archived() ? "Archived" : "Active");
        badge.getElement().getThemeList().add(project.archived() ? "badge contrast" : "badge success");
        return badge;
    }

    private Component actions(ProjectSummary project) {
        Button rename = new Button("Rename", click -> new RenameDialog(project).open());
        rename.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        Button archive = new Button(project.archived() ? "Restore" : "Archive", click -> {
            projects.setArchived(project.id(), !project.archived());
            Notifications.success(project.name() + (project.archived() ? " is active again." : " is archived."));
            refresh();
        });
        archive.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        Button delete = new Button("Delete", click -> confirmDelete(project));
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        return new HorizontalLayout(rename, archive, delete);
    }

    void confirmDelete(ProjectSummary project) {
        ConfirmDialog confirm = new ConfirmDialog("Delete " + project.name() + "?",
                "This deletes the project with its own assets, shot lists and wizard sessions. Assets it promoted to the "
                        + "global library stay. It cannot be undone; archiving keeps everything instead.",
                "Delete project", event -> {
                    try {
                        projects.delete(project.id());
                        Notifications.success("Deleted " + project.name() + ".");
                    } catch (UserFacingException refused) {
                        Notifications.error(refused.getMessage());
                    }
                    refresh();
                });
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.open();
    }

    /** Renames a project; names stay unique. */
    class RenameDialog extends FormDialog {

        final TextField name = new TextField("Name");
        private final ProjectSummary project;

        RenameDialog(ProjectSummary project) {
            super("Rename " + project.name(), "Rename");
            this.project = project;
            name.setValue(project.name());
            LengthLimit.refuseOver(name, ProjectService.NAME_MAX_LENGTH);
            name.setWidthFull();
            addForm(name);
        }

        @Override
        protected void submit() {
            projects.rename(project.id(), name.getValue());
            Notifications.success("Renamed to " + name.getValue().trim() + ".");
            refresh();
        }
    }
}
