package studio.thresho.project.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import studio.thresho.project.ProjectService;
import studio.thresho.project.ProjectSummary;
import studio.thresho.security.SystemAuthentication;
import studio.thresho.security.TestLogins;
import studio.thresho.testsupport.KaribuTest;

class ProjectsViewTest extends KaribuTest {

    @Autowired
    ProjectService projects;

    private ProjectSummary project;

    private Button action(ProjectsView view, String text) {
        int row = rowsOf(view.grid).stream().map(ProjectSummary::id).toList().indexOf(project.id());
        HorizontalLayout actions = (HorizontalLayout) GridKt._getCellComponent(view.grid, row, "actions");
        return actions.getChildren().map(Button.class::cast).filter(button -> button.getText().equals(text)).findFirst().orElseThrow();
    }

    @Test
    void adminRenamesArchivesAndDeletesAProject() {
        project = SystemAuthentication.runAsSystem(() -> projects.create("Managed " + UUID.randomUUID(), "a campaign"));
        openAs(TestLogins.ADMIN, "projects");
        ProjectsView view = _get(ProjectsView.class);

        _click(action(view, "Rename"));
        ProjectsView.RenameDialog rename = _get(ProjectsView.RenameDialog.class);
        rename.name.setValue("Renamed " + project.id());
        _click(rename.primaryButton());
        assertThat(projects.find(project.id())).map(ProjectSummary::name).contains("Renamed " + project.id());

        _click(action(view, "Archive"));
        assertThat(projects.find(project.id())).map(ProjectSummary::archived).contains(true);
        _click(action(view, "Restore"));
        assertThat(projects.find(project.id())).map(ProjectSummary::archived).contains(false);

        _click(action(view, "Delete"));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(confirm.isOpened()).isTrue();
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(confirm);
        assertThat(projects.find(project.id())).isEmpty();
        assertThat(rowsOf(view.grid)).extracting(ProjectSummary::id).doesNotContain(project.id());
    }

    @Test
    void editorsCannotOpenTheProjectsPage() {
        openAs(TestLogins.EDITOR, "projects");

        _assertNone(ProjectsView.class);
    }
}
