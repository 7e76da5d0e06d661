package studio.thresho.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import studio.thresho.base.UserFacingException;
import studio.thresho.base.ui.Notifications;
import studio.thresho.project.CurrentProjectService;
import studio.thresho.project.ProjectService;
import studio.thresho.project.ProjectSummary;

/** Chooses the project the user works in; the choice is remembered for the user and the page reloads its data. */
class ProjectSelector extends ComboBox<ProjectSummary> {

    ProjectSelector(ProjectService projects, CurrentProjectService currentProject) {
        addClassName("project-selector");
        setAriaLabel("Current project");
        setPrefixComponent(VaadinIcon.FOLDER_OPEN_O.create());
        setItemLabelGenerator(ProjectSummary::name);
        List<ProjectSummary> active = projects.activeProjects();
        setItems(active);
        if (active.isEmpty()) {
            setPlaceholder("No projects yet");
            setEnabled(false);
        } else {
            setPlaceholder("Choose a project");
            currentProject.current().ifPresent(this::setValue);
        }
        addValueChangeListener(change -> {
            if (change.getValue() == null || change.getValue().equals(change.getOldValue())) {
                return;
            }
            try {
                currentProject.select(change.getValue().id());
                UI.getCurrent().refreshCurrentRoute(true);
            } catch (UserFacingException refused) {
                Notifications.error(refused.getMessage());
            }
        });
    }
}
