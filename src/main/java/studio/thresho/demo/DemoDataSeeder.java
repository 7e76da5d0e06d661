package studio.thresho.demo;

import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import studio.thresho.project.ProjectService;
import studio.thresho.project.ProjectSummary;
import studio.thresho.security.Role;
import studio.thresho.security.SystemAuthentication;
import studio.thresho.security.UserProvisioning;

/** Seeds what a newcomer needs to try the library; safe to run on every start. */
@Component
@Profile("demo")
class DemoDataSeeder implements ApplicationRunner {

    static final String DEMO_PROJECT = "Q1 Campaign";
    static final String SECOND_DEMO_PROJECT = "Summer Launch";
    private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);

    /** The demo project "Q1 Campaign" unless it was archived or deleted. */
    static Optional<UUID> demoProject(ProjectService projects) {
        return projects.activeProjects().stream().filter(candidate -> candidate.name().equals(DEMO_PROJECT))
                .map(studio.thresho.project.ProjectSummary::id).findFirst();
    }

    private final UserProvisioning users;
    private final ProjectService projects;
    private final DemoLibrarySeeder library;

    DemoDataSeeder(UserProvisioning users, ProjectService projects, DemoLibrarySeeder library) {
        this.users = users;
        this.projects = projects;
        this.library = library;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemAuthentication.runAsSystem(this::seed);
    }

    void seed() {
        users.createIfMissing("admin", "Ada Admin", "admin", Role.ADMIN);
        users.createIfMissing("editor", "Eddie Editor", "editor", Role.EDITOR);
        users.createIfMissing("viewer", "Vera Viewer", "viewer", Role.VIEWER);
        ensureProject(DEMO_PROJECT, "Barbershop campaign for the first quarter: Marcus, the Downtown Shop, golden hour.");
        ensureProject(SECOND_DEMO_PROJECT, "Outdoor summer campaign: beach, rooftop and street scenes.");
        library.seed();
        log.info("Demo content ready. Sign in at http://localhost:8080 as admin/admin, editor/editor or viewer/viewer.");
    }

    private void ensureProject(String name, String description) {
        boolean exists = projects.activeProjects().stream().map(ProjectSummary::name).anyMatch(name::equals);
        if (!exists) {
            projects.create(name, description);
        }
    }
}
