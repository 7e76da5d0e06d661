package studio.thresho.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import studio.thresho.project.CurrentProjectService;
import studio.thresho.project.ProjectService;
import studio.thresho.provider.storyboard.StoryboardProvider;
import studio.thresho.wizard.IntendedUse;
import studio.thresho.wizard.WizardBrief;
import studio.thresho.wizard.WizardImage;
import studio.thresho.wizard.WizardImagesService;
import studio.thresho.wizard.WizardService;
import studio.thresho.wizard.WizardSessionView;

/**
 * The demo's Talent wizard session "Jade", paused at step 3 in the demo project: six headshot
 * options from the offline storyboard, the third locked, the 8 sheet views made, ready for the
 * user to regenerate a view and continue to the profile. Runs after the other demo content (the
 * storyboard's jobs must be running); adds the session only when the project has none.
 */
@Component
@Profile("demo")
@Order(Ordered.LOWEST_PRECEDENCE)
class DemoWizardSeeder implements ApplicationRunner {

    static final String DESCRIPTION = "Jade, a woman in her late 20s, East Asian, short asymmetric black bob, sharp eyebrows, "
            + "slim build, confident half-smile; a barber apprentice";
    private static final Duration WAIT_FOR_IMAGES = Duration.ofSeconds(60);
    private static final Logger log = LoggerFactory.getLogger(DemoWizardSeeder.class);

    private final UserDetailsService userDetails;
    private final ProjectService projects;
    private final CurrentProjectService currentProject;
    private final WizardService wizard;
    private final WizardImagesService images;

    DemoWizardSeeder(UserDetailsService userDetails, ProjectService projects, CurrentProjectService currentProject, WizardService wizard,
                     WizardImagesService images) {
        this.userDetails = userDetails;
        this.projects = projects;
        this.currentProject = currentProject;
        this.wizard = wizard;
        this.images = images;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            RunAsUser.run(userDetails.loadUserByUsername("editor"), this::seed);
        } catch (RuntimeException failed) {
            log.warn("The demo wizard session could not be seeded", failed);
        }
    }

    void seed() {
        Optional<UUID> project = DemoDataSeeder.demoProject(projects);
        if (project.isEmpty()) {
            return;
        }
        currentProject.select(project.get());
        if (wizard.overview(true).stream().anyMatch(session -> session.title().startsWith("Jade"))) {
            return;
        }
        WizardSessionView session = wizard.start(new WizardBrief(DESCRIPTION, null, IntendedUse.LEAD_CAST, null, StoryboardProvider.ID,
                null, null));
        images.generateHeadshots(session.id(), 6);
        WizardSessionView options = await(session.id(), view -> view.headshots().stream().noneMatch(WizardImage::running));
        options.headshots().stream().filter(WizardImage::ready).skip(2).findFirst()
                .ifPresent(chosen -> images.chooseHeadshot(session.id(), chosen.generationId()));
        images.generateSheet(session.id());
        await(session.id(), view -> !view.generating());
        log.info("Demo wizard session \"Jade\" paused at step 3: Talent wizard > Continue.");
    }

    private WizardSessionView await(UUID id, java.util.function.Predicate<WizardSessionView> done) {
        Instant until = Instant.now().plus(WAIT_FOR_IMAGES);
        WizardSessionView view = wizard.get(id);
        while (!done.test(view) && Instant.now().isBefore(until)) {
            try {
                Thread.sleep(250);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                break;
            }
            view = wizard.get(id);
        }
        return view;
    }
}
