package studio.thresho.project;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import studio.thresho.base.UserFacingException;
import studio.thresho.security.CurrentUser;

/**
 * The project the signed-in user works in. Remembered per user; when the remembered project is
 * gone or archived, the first active project (by name) takes its place.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class CurrentProjectService {

    private final ProjectRepository projects;
    private final UserPreferenceRepository preferences;
    private final CurrentUser currentUser;

    CurrentProjectService(ProjectRepository projects, UserPreferenceRepository preferences, CurrentUser currentUser) {
        this.projects = projects;
        this.preferences = preferences;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    public Optional<ProjectSummary> current() {
        UUID userId = currentUser.require().id();
        Optional<Project> remembered = preferences.findById(userId)
                .map(UserPreference::getCurrentProjectId)
                .flatMap(projects::findById)
                .filter(project -> !project.isArchived());
        if (remembered.isPresent()) {
            return remembered.map(Project::toSummary);
        }
        List<Project> active = projects.findByArchivedFalseOrderByNameAsc();
        return active.stream().findFirst().map(Project::toSummary);
    }

    @Transactional
    public ProjectSummary select(UUID projectId) {
        Project project = projects.findById(projectId)
                .filter(candidate -> !candidate.isArchived())
                .orElseThrow(() -> new UserFacingException("That project is archived or no longer exists."));
        UUID userId = currentUser.require().id();
        UserPreference preference = preferences.findById(userId).orElseGet(() -> new UserPreference(userId));
        preference.setCurrentProjectId(project.getId());
        preferences.save(preference);
        return project.toSummary();
    }
}
