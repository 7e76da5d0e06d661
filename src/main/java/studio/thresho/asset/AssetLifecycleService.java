package studio.thresho.asset;

import java.util.LinkedHashMap;
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

/** An asset's life beyond its versions: duplicating it, copying a system asset to edit, archiving and deleting. */
@Service
@PreAuthorize("hasRole('" + Role.Names.EDITOR + "')")
public class AssetLifecycleService {

    private final AssetReader reader;
    private final AssetLineageRepository lineages;
    private final VersionWriter writer;
    private final CurrentProjectService currentProject;
    private final CurrentUser currentUser;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final PromptFragmentService fragments;

    AssetLifecycleService(AssetReader reader, AssetLineageRepository lineages, VersionWriter writer, CurrentProjectService currentProject,
                          CurrentUser currentUser, JdbcTemplate jdbc, ApplicationEventPublisher events, PromptFragmentService fragments) {
        this.fragments = fragments;
        this.reader = reader;
        this.lineages = lineages;
        this.writer = writer;
        this.currentProject = currentProject;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
        this.events = events;
    }

    /** A copy with every field and image, in the same library, named "Marcus (copy)", "Marcus (copy 2)"... */
    @Transactional
    public AssetDetail duplicate(UUID lineageId) {
        return copy(lineageId, reader.lineage(lineageId).getProjectId());
    }

    /** A copy of a system asset (a lighting preset) to edit, in the current project's library or the global one. */
    @Transactional
    public AssetDetail copyToEdit(UUID lineageId, boolean global) {
        UUID projectId = global ? null : currentProject.current().map(ProjectSummary::id).orElseThrow(
                () -> new UserFacingException("Choose a project first, or copy into the global library."));
        return copy(lineageId, projectId);
    }

    /** The copy's slug is made from its name and follows a rename until the user edits it. */
    private AssetDetail copy(UUID lineageId, UUID projectId) {
        AssetDetail original = reader.detail(lineageId);
        String scope = AssetLineage.scopeKeyOf(projectId);
        String name = CopyNames.next(original.name(), candidate -> lineages.existsNamed(scope, candidate));
        String slug = Slugs.unique(name, candidate -> lineages.existsByScopeKeyAndSlug(scope, candidate));
        AssetLineage created = new AssetLineage(original.categoryId(), projectId, slug, currentUser.get().map(SignedInUser::id).orElse(null));
        created.setSlugFollowsName(true);
        AssetLineage lineage = lineages.saveAndFlush(created);
        AssetVersion version = writer.write(lineage, null, reader.category(original.categoryId()), name, slug, original.source(),
                original.tags(), new LinkedHashMap<>(original.values()), ImageSet.of(original.images()), true);
        version.setVersion(SemanticVersion.FIRST.toString());
        version.setVersionNotes("Duplicated from " + original.name() + " v" + original.version());
        fragments.write(version.getId(), fragments.of(original.versionId()));
        return writer.first(lineage, version);
    }

    /**
     * Deletes an asset with all its versions and images. Refused while generations or shots used
     * it: such an asset can be archived instead.
     */
    @Transactional
    public void delete(UUID lineageId) {
        AssetLineage lineage = reader.lineage(lineageId);
        if (lineage.isSystem()) {
            throw new UserFacingException(reader.activeVersion(lineage).getName() + " ships with the studio and cannot be deleted.");
        }
        Long uses = jdbc.queryForObject("SELECT COUNT(*) FROM asset_usage u JOIN assets_library a ON a.id = u.asset_id "
                + "WHERE a.lineage_id = ?", Long.class, lineageId.toString());
        if (uses != null && uses > 0) {
            throw new AssetInUseException(reader.activeVersion(lineage).getName(), uses);
        }
        lineages.delete(lineage);
        lineages.flush();
        events.publishEvent(new AssetChanged(lineageId));
    }

    /** Takes the asset out of the library views while keeping every version for past generations. */
    @Transactional
    public AssetDetail setArchived(UUID lineageId, boolean archived) {
        AssetLineage lineage = reader.lineage(lineageId);
        lineage.setArchived(archived);
        lineages.saveAndFlush(lineage);
        events.publishEvent(new AssetChanged(lineageId));
        return reader.detail(lineageId);
    }
}
