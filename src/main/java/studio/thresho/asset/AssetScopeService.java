package studio.thresho.asset;

import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import studio.thresho.base.Slugs;
import studio.thresho.base.UserFacingException;
import studio.thresho.project.CurrentProjectService;
import studio.thresho.project.ProjectSummary;
import studio.thresho.security.CurrentUser;
import studio.thresho.security.Role;
import studio.thresho.security.SignedInUser;

/**
 * The library hierarchy of FR-5.1: promoting a project asset to the global library, and importing
 * global assets into a project's library (a reference, not a copy).
 */
@Service
@PreAuthorize("hasRole('" + Role.Names.EDITOR + "')")
public class AssetScopeService {

    /** The promoted asset and, when its slug was taken in the global library, the slug it had before. */
    public record Promotion(AssetDetail asset, String previousSlug) {
        public boolean slugChanged() {
            return !asset.slug().equals(previousSlug);
        }
    }

    private final AssetReader reader;
    private final AssetLineageRepository lineages;
    private final AssetVersionRepository versions;
    private final CurrentProjectService currentProject;
    private final CurrentUser currentUser;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;

    AssetScopeService(AssetReader reader, AssetLineageRepository lineages, AssetVersionRepository versions,
                      CurrentProjectService currentProject, CurrentUser currentUser, JdbcTemplate jdbc, ApplicationEventPublisher events) {
        this.reader = reader;
        this.lineages = lineages;
        this.versions = versions;
        this.currentProject = currentProject;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
        this.events = events;
    }

    /** Whether a library (a project's, or the global one for null) has an asset with this slug. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean slugTaken(UUID projectId, String slug) {
        return lineages.existsByScopeKeyAndSlug(AssetLineage.scopeKeyOf(projectId), slug);
    }

    /**
     * Moves the lineage, every version with it, to the global library. The project it came from
     * keeps it as an import; shots and generations refer to version ids, which do not change.
     */
    @Transactional
    public Promotion promoteToGlobal(UUID lineageId) {
        AssetLineage lineage = reader.lineage(lineageId);
        UUID projectId = lineage.getProjectId();
        if (projectId == null) {
            throw new UserFacingException(reader.activeVersion(lineage).getName() + " is in the global library already.");
        }
        String previousSlug = lineage.getSlug();
        String slug = lineages.existsByScopeKeyAndSlug(AssetLineage.GLOBAL_SCOPE, previousSlug)
                ? Slugs.unique(previousSlug, candidate -> lineages.existsByScopeKeyAndSlug(AssetLineage.GLOBAL_SCOPE, candidate))
                : previousSlug;
        lineage.setProjectId(null);
        lineage.setSlug(slug);
        lineages.saveAndFlush(lineage);
        for (AssetVersion version : versions.findByLineageId(lineageId)) {
            version.setProjectId(null);
            version.setSlug(slug);
        }
        versions.flush();
        addImport(projectId, lineageId);
        events.publishEvent(new AssetChanged(lineageId));
        return new Promotion(reader.detail(lineageId), previousSlug);
    }

    /** Adds a global asset to the current project's library; the project sees its new versions. */
    @Transactional
    public AssetDetail importIntoCurrentProject(UUID lineageId) {
        AssetLineage lineage = reader.lineage(lineageId);
        if (lineage.getProjectId() != null) {
            throw new UserFacingException("Only global assets can be imported; this one belongs to a project.");
        }
        addImport(project().id(), lineageId);
        events.publishEvent(new AssetChanged(lineageId));
        return reader.detail(lineageId);
    }

    /** Takes a global asset out of the current project's library; the global asset stays. */
    @Transactional
    public void removeFromCurrentProject(UUID lineageId) {
        jdbc.update("DELETE FROM project_asset_imports WHERE project_id = ? AND lineage_id = ?", project().id().toString(),
                lineageId.toString());
        events.publishEvent(new AssetChanged(lineageId));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean isImportedIntoCurrentProject(UUID lineageId) {
        return currentProject.current().map(project -> jdbc.queryForObject(
                "SELECT COUNT(*) FROM project_asset_imports WHERE project_id = ? AND lineage_id = ?", Integer.class,
                project.id().toString(), lineageId.toString()) > 0).orElse(false);
    }

    private void addImport(UUID projectId, UUID lineageId) {
        jdbc.update("INSERT IGNORE INTO project_asset_imports (project_id, lineage_id, imported_by) VALUES (?, ?, ?)",
                projectId.toString(), lineageId.toString(), currentUser.get().map(SignedInUser::id).map(UUID::toString).orElse(null));
    }

    private ProjectSummary project() {
        return currentProject.current().orElseThrow(() -> new UserFacingException("Choose a project first."));
    }
}
