package studio.thresho.shell;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import studio.thresho.project.CurrentProjectService;
import studio.thresho.project.ProjectService;
import studio.thresho.project.ProjectSummary;
import studio.thresho.security.SystemAuthentication;
import studio.thresho.security.TestLogins;
import studio.thresho.testsupport.KaribuTest;

class ProjectSelectorTest extends KaribuTest {

    @Autowired
    ProjectService projects;
    @Autowired
    CurrentProjectService currentProject;

    private ProjectSummary campaign;

    @BeforeEach
    void aProjectExists() {
        campaign = SystemAuthentication.runAsSystem(() -> projects.create("Campaign " + UUID.randomUUID(), null));
    }

    @Test
    void showsTheCurrentProjectAndListsTheActiveOnes() {
        openAs(TestLogins.EDITOR, "");

        ProjectSelector selector = _get(ProjectSelector.class);
        assertThat(selector.getValue()).isEqualTo(currentProject.current().orElseThrow());
        assertThat(ComboBoxKt.getSuggestionItems(selector)).contains(campaign);
    }

    @Test
    void choosingAProjectIsRememberedForTheUser() {
        openAs(TestLogins.VIEWER, "");

        LocatorJ._get(ProjectSelector.class).setValue(campaign);

        assertThat(currentProject.current()).contains(campaign);
        assertThat(_get(ProjectSelector.class).getValue()).isEqualTo(campaign);
    }
}
