package studio.thresho.project.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import studio.thresho.project.CurrentProjectService;
import studio.thresho.project.ProjectSummary;
import studio.thresho.security.TestLogins;
import studio.thresho.testsupport.KaribuTest;

class NewProjectDialogTest extends KaribuTest {

    @Autowired
    CurrentProjectService currentProject;

    @Test
    void adminCreatesAProjectThatBecomesCurrent() {
        openAs(TestLogins.ADMIN, "");
        String name = "Holiday Spot " + UUID.randomUUID().toString().substring(0, 6);

        _click(_get(Button.class, spec -> spec.withId("new-project")));
        NewProjectDialog dialog = _get(NewProjectDialog.class);
        dialog.name.setValue(name);
        dialog.description.setValue("Winter campaign");
        _click(dialog.primaryButton());

        _assertNone(NewProjectDialog.class);
        assertThat(currentProject.current()).map(ProjectSummary::name).contains(name);
        assertThat(_get(com.vaadin.flow.component.combobox.ComboBox.class, spec -> spec.withClasses("project-selector")).getValue())
                .extracting(value -> ((ProjectSummary) value).name()).isEqualTo(name);
    }

    @Test
    void aMissingNameIsExplainedInTheDialog() {
        openAs(TestLogins.ADMIN, "");

        _click(_get(Button.class, spec -> spec.withId("new-project")));
        NewProjectDialog dialog = _get(NewProjectDialog.class);
        _click(dialog.primaryButton());

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.errorText()).isEqualTo("Give the project a name.");
    }

    @Test
    void editorsAndViewersHaveNoNewProjectButton() {
        openAs(TestLogins.EDITOR, "");
        _assertNone(Button.class, spec -> spec.withId("new-project"));
    }
}
