package studio.thresho.project;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import studio.thresho.base.UserFacingException;
import studio.thresho.security.CurrentUser;
import studio.thresho.security.Role;
import studio.thresho.security.SignedInUser;

/** Reads projects for everyone signed in; only administrators create them. */
@Service
public class ProjectService {

    public static final int NAME_MAX_LENGTH = 120;
    public static final int DESCRIPTION_MAX_LENGTH = 2000;

    private final ProjectRepository projects;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    ProjectService(ProjectRepository projects, CurrentUser currentUser, ApplicationEventPublisher events) {
        this.projects = projects;
        this.currentUser = currentUser;
        this.events = events;
    }

    /** Every project, archived ones included, for the administration. */
    @PreAuthorize("hasRole('" + Role.Names.ADMIN + "')")
    @Transactional(readOnly = true)
    public List<ProjectSummary> allProjects() {
        return projects.findAll(org.springframework.data.domain.Sort.by("archived", "name")).stream().map(Project::toSummary).toList();
    }

    @PreAuthorize("hasRole('" + Role.Names.ADMIN + "')")
    @Transactional
    public ProjectSummary rename(UUID id, String rawName) {
        Project project = load(id);
        String name = checkName(rawName);
        if (!name.equalsIgnoreCase(project.getName()) && projects.existsByNameIgnoreCase(name)) {
            throw new UserFacingException("A project named \"" + name + "\" exists already.");
        }
        project.setName(name);
        return projects.saveAndFlush(project).toSummary();
    }

    /** An archived project leaves the project selector; its library stays and can be restored. */
    @PreAuthorize("hasRole('" + Role.Names.ADMIN + "')")
    @Transactional
    public ProjectSummary setArchived(UUID id, boolean archived) {
        Project project = load(id);
        project.setArchived(archived);
        return projects.saveAndFlush(project).toSummary();
    }

    /**
     * Deletes the project with its own assets, shot lists and wizard sessions. Assets it promoted to
     * the global library stay, and so do stored images (other assets may share them).
     */
    @PreAuthorize("hasRole('" + Role.Names.ADMIN + "')")
    @Transactional
    public void delete(UUID id) {
        projects.delete(load(id));
        projects.flush();
        events.publishEvent(new ProjectDeleted(id));
    }

    private Project load(UUID id) {
        return projects.findById(id).orElseThrow(() -> new UserFacingException("That project no longer exists."));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ProjectSummary> activeProjects() {
        return projects.findByArchivedFalseOrderByNameAsc().stream().map(Project::toSummary).toList();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<ProjectSummary> find(UUID id) {
        return projects.findById(id).map(Project::toSummary);
    }

    @PreAuthorize("hasRole('" + Role.Names.ADMIN + "')")
    @Transactional
    public ProjectSummary create(String rawName, String rawDescription) {
        String name = checkName(rawName);
        String description = rawDescription == null || rawDescription.isBlank() ? null : rawDescription.trim();
        if (description != null && description.length() > DESCRIPTION_MAX_LENGTH) {
            throw new UserFacingException("A project description has at most " + DESCRIPTION_MAX_LENGTH + " characters.");
        }
        if (projects.existsByNameIgnoreCase(name)) {
            throw new UserFacingException("A project named \"" + name + "\" exists already.");
        }
        UUID creator = currentUser.get().map(SignedInUser::id).orElse(null);
        return projects.saveAndFlush(new Project(name, description, creator)).toSummary();
    }

    private static String checkName(String rawName) {
        String name = rawName == null ? "" : rawName.trim();
        if (name.isEmpty()) {
            throw new UserFacingException("Give the project a name.");
        }
        if (name.length() > NAME_MAX_LENGTH) {
            throw new UserFacingException("A project name has at most " + NAME_MAX_LENGTH + " characters.");
        }
        return name;
    }
}
