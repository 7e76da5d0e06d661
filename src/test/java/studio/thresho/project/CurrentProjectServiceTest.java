package studio.thresho.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.transaction.annotation.Transactional;
import studio.thresho.base.UserFacingException;
import studio.thresho.security.SystemAuthentication;
import studio.thresho.security.TestLogins;
import studio.thresho.testsupport.IntegrationTest;

@IntegrationTest
@Transactional
class CurrentProjectServiceTest {

    @Autowired
    ProjectService projects;
    @Autowired
    CurrentProjectService currentProject;
    @Autowired
    ProjectRepository repository;
    @Autowired
    TestLogins logins;

    private ProjectSummary alpha;
    private ProjectSummary beta;

    @BeforeEach
    void createProjects() {
        logins.ensureTestUsers();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        alpha = SystemAuthentication.runAsSystem(() -> projects.create("Alpha " + suffix, "first"));
        beta = SystemAuthentication.runAsSystem(() -> projects.create("Beta " + suffix, null));
    }

    @AfterEach
    void signOut() {
        TestLogins.logout();
    }

    @Test
    void withoutAChoiceTheFirstActiveProjectByNameIsCurrent() {
        logins.loginAs(logins.freshUser(studio.thresho.security.Role.VIEWER));

        assertThat(currentProject.current()).contains(projects.activeProjects().getFirst());
    }

    @Test
    void theChoiceIsRememberedPerUser() {
        logins.loginAs(TestLogins.EDITOR);
        currentProject.select(beta.id());
        logins.loginAs(TestLogins.VIEWER);
        currentProject.select(alpha.id());

        logins.loginAs(TestLogins.EDITOR);
        assertThat(currentProject.current()).contains(beta);
        logins.loginAs(TestLogins.VIEWER);
        assertThat(currentProject.current()).contains(alpha);
    }

    @Test
    void anArchivedProjectIsNoLongerCurrentNorSelectable() {
        logins.loginAs(TestLogins.EDITOR);
        currentProject.select(beta.id());
        repository.findById(beta.id()).orElseThrow().setArchived(true);
        repository.flush();

        assertThat(currentProject.current()).isPresent().get().isNotEqualTo(beta);
        assertThatThrownBy(() -> currentProject.select(beta.id()))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("archived");
        assertThat(projects.activeProjects()).doesNotContain(beta);
    }

    @Test
    void onlyAdministratorsCreateProjects() {
        logins.loginAs(TestLogins.EDITOR);
        assertThatThrownBy(() -> projects.create("Not mine", null)).isInstanceOf(AccessDeniedException.class);

        logins.loginAs(TestLogins.ADMIN);
        ProjectSummary created = projects.create("  Gamma " + UUID.randomUUID() + "  ", "  ");
        assertThat(created.name()).startsWith("Gamma ").doesNotEndWith(" ");
        assertThat(created.description()).isNull();
        assertThatThrownBy(() -> projects.create(alpha.name().toUpperCase(), null))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("exists already");
        assertThatThrownBy(() -> projects.create(" ", null)).isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> projects.create("x".repeat(ProjectService.NAME_MAX_LENGTH + 1), null))
                .isInstanceOf(UserFacingException.class).hasMessageContaining(String.valueOf(ProjectService.NAME_MAX_LENGTH));
    }

    @Test
    void anonymousCallsAreRefused() {
        assertThatThrownBy(() -> currentProject.current()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> projects.activeProjects()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
