package studio.thresho.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import studio.thresho.project.CurrentProjectService;
import studio.thresho.project.ProjectService;
import studio.thresho.project.ProjectSummary;
import studio.thresho.security.Role;
import studio.thresho.security.SystemAuthentication;
import studio.thresho.security.TestLogins;
import studio.thresho.security.UserProvisioning;
import studio.thresho.testsupport.IntegrationTest;
import studio.thresho.wizard.WizardImagesService;
import studio.thresho.wizard.WizardService;
import studio.thresho.wizard.WizardSessionSummary;
import studio.thresho.wizard.WizardSessionView;
import studio.thresho.wizard.WizardStatus;

/** The demo's wizard session paused at step 3 (the seeder is built by hand: profile "demo" is off in tests). */
@IntegrationTest
class DemoWizardSeederTest {

    @Autowired
    UserDetailsService userDetails;
    @Autowired
    UserProvisioning users;
    @Autowired
    ProjectService projects;
    @Autowired
    CurrentProjectService currentProject;
    @Autowired
    WizardService wizard;
    @Autowired
    WizardImagesService images;
    @Autowired
    TestLogins logins;

    @AfterEach
    void signOut() {
        TestLogins.logout();
    }

    @Test
    void theDemoProjectHoldsOneSessionPausedAtStepThreeToResume() {
        SystemAuthentication.runAsSystem(() -> {
            users.createIfMissing("editor", "Eddie Editor", "editor", Role.EDITOR);
            if (projects.activeProjects().stream().map(ProjectSummary::name).noneMatch(DemoDataSeeder.DEMO_PROJECT::equals)) {
                projects.create(DemoDataSeeder.DEMO_PROJECT, null);
            }
        });
        DemoWizardSeeder seeder = new DemoWizardSeeder(userDetails, projects, currentProject, wizard, images);

        seeder.run(null);
        seeder.run(null);

        RunAsUser.run(userDetails.loadUserByUsername("editor"), () -> {
            currentProject.select(projects.activeProjects().stream().filter(project -> project.name().equals(DemoDataSeeder.DEMO_PROJECT))
                    .findFirst().orElseThrow().id());
            List<WizardSessionSummary> jade = wizard.overview(false).stream().filter(session -> session.title().startsWith("Jade")).toList();
            assertThat(jade).as("seeded once").singleElement().extracting(WizardSessionSummary::status).isEqualTo(WizardStatus.STEP3);
            WizardSessionView session = wizard.get(jade.getFirst().id());
            assertThat(session.headshots()).hasSize(6);
            assertThat(session.chosenHeadshot()).isNotNull();
            assertThat(session.acceptedViews()).isEqualTo(8);
        });
    }
}
