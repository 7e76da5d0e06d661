package studio.thresho.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import studio.thresho.base.UserFacingException;
import studio.thresho.security.TestLogins;
import studio.thresho.testsupport.IntegrationTest;

@IntegrationTest
class ProjectAdministrationTest {

    @Autowired
    ProjectService projects;
    @Autowired
    CurrentProjectService currentProject;
    @Autowired
    TestLogins logins;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void admin() {
        logins.ensureTestUsers();
        logins.loginAs(TestLogins.ADMIN);
    }

    @AfterEach
    void signOut() {
        TestLogins.logout();
    }

    @Test
    void renamingKeepsNamesUnique() {
        ProjectSummary first = projects.create("Rename " + UUID.randomUUID(), null);
        ProjectSummary second = projects.create("Other " + UUID.randomUUID(), null);

        assertThat(projects.rename(first.id(), "  Spring Look " + first.id() + " ").name()).isEqualTo("Spring Look " + first.id());
        assertThatThrownBy(() -> projects.rename(second.id(), ("spring look " + first.id()).toUpperCase()))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("exists already");
        assertThatThrownBy(() -> projects.rename(second.id(), " ")).isInstanceOf(UserFacingException.class);
    }

    @Test
    void archivedProjectsLeaveTheSelectorAndComeBack() {
        ProjectSummary project = projects.create("Archive " + UUID.randomUUID(), null);

        projects.setArchived(project.id(), true);
        assertThat(projects.activeProjects()).doesNotContain(project);
        assertThat(projects.allProjects()).extracting(ProjectSummary::id).contains(project.id());

        ProjectSummary restored = projects.setArchived(project.id(), false);
        assertThat(projects.activeProjects()).contains(restored);
    }

    @Test
    void deletingAProjectRemovesWhatItOwnedAndForgetsItAsCurrent() {
        ProjectSummary project = projects.create("Delete " + UUID.randomUUID(), null);
        currentProject.select(project.id());
        jdbc.update("INSERT INTO shot_lists (id, project_id, name) VALUES (?, ?, 'Day 1')", UUID.randomUUID().toString(), project.id().toString());

        projects.delete(project.id());

        assertThat(projects.find(project.id())).isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM shot_lists WHERE project_id = ?", Integer.class, project.id().toString())).isZero();
        assertThat(currentProject.current()).map(ProjectSummary::id).isNotEqualTo(java.util.Optional.of(project.id()));
    }

    @Test
    void onlyAdministratorsManageProjects() {
        ProjectSummary project = projects.create("Guarded " + UUID.randomUUID(), null);
        logins.loginAs(TestLogins.EDITOR);

        assertThatThrownBy(() -> projects.rename(project.id(), "Mine")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> projects.setArchived(project.id(), true)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> projects.delete(project.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> projects.allProjects()).isInstanceOf(AccessDeniedException.class);
    }
}
