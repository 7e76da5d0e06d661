package studio.thresho.asset;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import studio.thresho.asset.category.CategoryNode;
import studio.thresho.base.Slugs;
import studio.thresho.base.UserFacingException;
import studio.thresho.project.CurrentProjectService;
import studio.thresho.project.ProjectSummary;
import studio.thresho.security.CurrentUser;
import studio.thresho.security.Role;
import studio.thresho.security.SignedInUser;

/**
 * Recreates an exported asset with its history (FR-8.2 round trip). This is the only way into the
 * library that does not number versions by the bump rules of {@link AssetService#save}: the numbers,
 * notes, parents and the active version are taken as the export says, after checking that they
 * form a history (distinct valid numbers, parents among them). Values are still checked against
 * the category's schema, and images must already be in the media store.
 */
@Service
@PreAuthorize("hasRole('" + Role.Names.EDITOR + "')")
public class AssetImportService {

    private final AssetReader reader;
    private final AssetLineageRepository lineages;
    private final AssetVersionRepository versions;
    private final VersionWriter writer;
    private final VersionImages versionImages;
    private final AssetValues assetValues;
    private final PromptFragmentService fragments;
    private final ConsistencyService consistency;
    private final CurrentProjectService currentProject;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    AssetImportService(AssetReader reader, AssetLineageRepository lineages, AssetVersionRepository versions, VersionWriter writer,
                       VersionImages versionImages, AssetValues assetValues, PromptFragmentService fragments, ConsistencyService consistency,
                       CurrentProjectService currentProject, CurrentUser currentUser, ApplicationEventPublisher events) {
        this.reader = reader;
        this.lineages = lineages;
        this.versions = versions;
        this.writer = writer;
        this.versionImages = versionImages;
        this.assetValues = assetValues;
        this.fragments = fragments;
        this.consistency = consistency;
        this.currentProject = currentProject;
        this.currentUser = currentUser;
        this.events = events;
    }

    /** The asset of the current project's library (or the global one) with this slug, if any. */
    @Transactional(readOnly = true)
    public Optional<UUID> findBySlug(boolean global, String slug) {
        UUID projectId = global ? null : projectId();
        return lineages.findByScopeKeyAndSlug(AssetLineage.scopeKeyOf(projectId), slug).map(AssetLineage::getId);
    }

    /**
     * Creates the asset with every version as given, in the current project's library (or the global one).
     *
     * @throws UserFacingException when the versions do not form a history or a value breaks the schema; nothing is then created
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public AssetDetail importLineage(LineageImport imported) {
        List<LineageImport.VersionImport> ordered = checkHistory(imported);
        String name = AssetRules.checkName(imported.name());
        UUID projectId = imported.global() ? null : projectId();
        String scope = AssetLineage.scopeKeyOf(projectId);
        String slug = imported.slug() != null && !lineages.existsByScopeKeyAndSlug(scope, imported.slug())
                ? AssetRules.checkSlug(imported.slug())
                : Slugs.unique(name, candidate -> lineages.existsByScopeKeyAndSlug(scope, candidate));
        CategoryNode firstCategory = reader.category(ordered.getFirst().categoryId());
        AssetLineage lineage = lineages.saveAndFlush(new AssetLineage(firstCategory.id(), projectId, slug,
                currentUser.get().map(SignedInUser::id).orElse(null)));
        events.publishEvent(new AssetCreated(lineage.getId(), projectId));
        Map<String, AssetVersion> written = new HashMap<>();
        AssetVersion latest = null;
        for (LineageImport.VersionImport imports : ordered) {
            AssetVersion version = write(lineage, imports, written.get(imports.parentVersion()), slug);
            written.put(imports.version(), version);
            latest = version;
        }
        for (AssetVersion version : written.values()) {
            version.setLatest(version == latest);
            versions.saveAndFlush(version);
        }
        lineage.setLatestVersionId(latest.getId());
        lineage.setActiveVersionId(written.getOrDefault(imported.activeVersion(), latest).getId());
        lineage.setCategoryId(latest.getCategoryId());
        lineages.saveAndFlush(lineage);
        for (AssetVersion version : written.values()) {
            if (version != latest) {
                writer.finish(lineage, version);
            }
        }
        if (imported.consistency() != null) {
            consistency.save(lineage.getId(), imported.consistency());
        }
        writer.finish(lineage, latest);
        return reader.detail(lineage, reader.activeVersion(lineage));
    }

    private AssetVersion write(AssetLineage lineage, LineageImport.VersionImport imported, AssetVersion parent, String slug) {
        CategoryNode category = reader.category(imported.categoryId());
        List<ImageDraft> images = imported.images() == null ? List.of() : imported.images();
        Map<String, Object> values = assetValues.check(category, imported.values() == null ? Map.of() : imported.values(),
                ImageSet.ofDrafts(images), null);
        AssetVersion version = writer.write(lineage, parent, category, AssetRules.checkName(imported.name()), slug, imported.source(),
                AssetRules.normaliseTags(imported.tags() == null ? List.of() : imported.tags()), values, ImageSet.empty(), false);
        versionImages.writeAsGiven(version, images);
        fragments.write(version.getId(), AssetRules.checkFragments(imported.fragments() == null ? List.of() : imported.fragments()));
        version.setVersion(imported.version());
        version.setVersionNotes(AssetRules.checkVersionNotes(imported.notes()));
        version.setParentVersionId(parent == null ? null : parent.getId());
        return versions.saveAndFlush(version);
    }

    /** The versions oldest number first, once their numbers are valid and distinct and every parent is among them. */
    private static List<LineageImport.VersionImport> checkHistory(LineageImport imported) {
        if (imported.versions().isEmpty()) {
            throw new UserFacingException("The asset has no version to import.");
        }
        Map<String, LineageImport.VersionImport> byNumber = new HashMap<>();
        for (LineageImport.VersionImport version : imported.versions()) {
            try {
                SemanticVersion.parse(version.version());
            } catch (RuntimeException invalid) {
                throw new UserFacingException("\"" + version.version() + "\" is not a version number (like 1.2.0).");
            }
            if (byNumber.put(version.version(), version) != null) {
                throw new UserFacingException("The version " + version.version() + " is listed twice.");
            }
        }
        for (LineageImport.VersionImport version : imported.versions()) {
            if (version.parentVersion() != null && !byNumber.containsKey(version.parentVersion())) {
                throw new UserFacingException("The version " + version.version() + " was saved from " + version.parentVersion()
                        + ", which the export does not hold.");
            }
        }
        List<LineageImport.VersionImport> ordered = imported.versions().stream()
                .sorted(Comparator.comparing(version -> SemanticVersion.parse(version.version()))).toList();
        for (LineageImport.VersionImport version : ordered) {
            if (version.parentVersion() != null
                    && SemanticVersion.parse(version.parentVersion()).compareTo(SemanticVersion.parse(version.version())) >= 0) {
                throw new UserFacingException("The version " + version.version() + " cannot be saved from the later " + version.parentVersion() + ".");
            }
        }
        return ordered;
    }

    private UUID projectId() {
        return currentProject.current().map(ProjectSummary::id)
                .orElseThrow(() -> new UserFacingException("Choose a project first: an import fills the current project's library."));
    }
}
