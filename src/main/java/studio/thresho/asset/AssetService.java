package studio.thresho.asset;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.annotation.Isolation;
import studio.thresho.asset.category.AttributeValidationException;
import studio.thresho.asset.category.CategoryNode;
import studio.thresho.asset.category.VersionBump;
import studio.thresho.asset.search.SearchQuery;
import studio.thresho.asset.search.SearchSort;
import studio.thresho.base.Slugs;
import studio.thresho.base.UserFacingException;
import studio.thresho.project.CurrentProjectService;
import studio.thresho.project.ProjectSummary;
import studio.thresho.security.CurrentUser;
import studio.thresho.security.Role;
import studio.thresho.security.SignedInUser;

/**
 * Creating and editing assets (duplicating, archiving and deleting are {@link AssetLifecycleService}'s). Every save goes through
 * {@link #save} and creates a new version (FR-11): versions are never edited in place, and one
 * asset's versions are numbered one after the other under a lock on its lineage. Saves read
 * committed data: after waiting for that lock they must see the version saved meanwhile, which
 * MariaDB's default (repeatable read) would hide behind the snapshot taken before the wait.
 */
@Service
@PreAuthorize("hasRole('" + Role.Names.EDITOR + "')")
public class AssetService {

    private final AssetReader reader;
    private final AssetLineageRepository lineages;
    private final AssetVersionRepository versions;
    private final VersionWriter writer;
    private final AssetValues assetValues;
    private final CurrentProjectService currentProject;
    private final CurrentUser currentUser;
    private final AssetSearchService search;
    private final PromptFragmentService fragments;
    private final org.springframework.context.ApplicationEventPublisher events;

    AssetService(AssetReader reader, AssetLineageRepository lineages, AssetVersionRepository versions, VersionWriter writer,
                 AssetValues assetValues, CurrentProjectService currentProject, CurrentUser currentUser, AssetSearchService search,
                 PromptFragmentService fragments, org.springframework.context.ApplicationEventPublisher events) {
        this.fragments = fragments;
        this.events = events;
        this.reader = reader;
        this.lineages = lineages;
        this.versions = versions;
        this.writer = writer;
        this.assetValues = assetValues;
        this.currentProject = currentProject;
        this.currentUser = currentUser;
        this.search = search;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public AssetDetail get(UUID lineageId) {
        return reader.detail(lineageId);
    }

    /**
     * Lighting setups (or other assets of a category and its sub-categories) to choose from for a
     * reference field: the current project's and the global library's, by name.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<AssetSummary> referenceChoices(String categorySlug) {
        CategoryNode root = reader.categories().stream().filter(node -> node.slug().equals(categorySlug)).findFirst().orElse(null);
        if (root == null) {
            return List.of();
        }
        UUID projectId = currentProject.current().map(ProjectSummary::id).orElse(null);
        Set<String> scopes = projectId == null ? Set.of(SearchQuery.GLOBAL_SCOPE) : Set.of(SearchQuery.GLOBAL_SCOPE, projectId.toString());
        return search.search(new SearchQuery(null, scopes, root.id(), List.of(), false, null, null, null, SearchSort.NAME, 0,
                AssetRules.MAX_REFERENCE_CHOICES)).hits().stream().map(LibraryHit::asset).toList();
    }



    /** The newest version, which an edit builds on (a read: viewers compare with it too). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public AssetDetail latest(UUID lineageId) {
        AssetLineage lineage = reader.lineage(lineageId);
        return reader.detail(lineage, reader.latestVersion(lineage));
    }

    /** Creates an asset, or saves changes as its next version with the proposed bump; images stay as they are. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public AssetDetail save(AssetDraft draft) {
        return save(draft, null, VersionRequest.proposed());
    }

    /**
     * Creates an asset (version 1.0.0) or saves changes as its next version. Invalid values fail
     * with a message per field; missing required values never do: the asset is then saved as a
     * draft and says what it lacks. A save that changes nothing creates no version.
     *
     * @param images the images of the saved version, first to last; null keeps those of the latest version
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public AssetDetail save(AssetDraft draft, List<ImageDraft> images, VersionRequest request) {
        Staged staged = stage(draft, images, request.notes(), true);
        if (staged.base() == null) {
            return writer.first(staged.lineage(), staged.version());
        }
        if (!staged.proposal().hasChanges()) {
            discard(staged.version());
            return reader.detail(staged.lineage(), staged.base());
        }
        AssetLineage lineage = staged.lineage();
        AssetVersion version = staged.version();
        AssetVersion base = staged.base();
        VersionBump bump = request.bump() != null ? request.bump() : staged.proposal().proposed();
        version.setVersion(staged.proposal().next(bump));
        version.setVersionNotes(staged.notes() != null ? staged.notes() : staged.proposal().summary());
        version.setLatest(true);
        base.setLatest(false);
        versions.saveAndFlush(base);
        versions.saveAndFlush(version);
        boolean activate = request.activate() != null ? request.activate() : base.getId().equals(lineage.getActiveVersionId());
        lineage.setLatestVersionId(version.getId());
        if (activate) {
            lineage.setActiveVersionId(version.getId());
        }
        lineage.setCategoryId(version.getCategoryId());
        // a copy's slug follows its name once: after a rename, or a slug of the user's, it stays like any other
        lineage.setSlugFollowsName(lineage.isSlugFollowsName() && version.getName().equals(base.getName())
                && version.getSlug().equals(lineage.getSlug()));
        lineage.setSlug(version.getSlug());
        lineages.saveAndFlush(lineage);
        return writer.finish(lineage, version);
    }

    /** What saving the draft would change, compared with the latest version, and the bump it calls for; saves nothing. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public VersionProposal propose(AssetDraft draft, List<ImageDraft> images) {
        if (draft.lineageId() == null) {
            throw new IllegalArgumentException("A new asset has no version to compare with.");
        }
        Staged staged = stage(draft, images, null, false);
        discard(staged.version());
        return staged.proposal();
    }

    /** Removes a version written only to be compared; its images and profile go with it. */
    private void discard(AssetVersion version) {
        versions.delete(version);
        versions.flush();
    }

    /**
     * A save written as far as comparing it with the latest version: the new version holds its
     * number only once the comparison says how much changed.
     */
    private record Staged(AssetLineage lineage, AssetVersion base, AssetVersion version, VersionProposal proposal, String notes) {
    }

    private Staged stage(AssetDraft draft, List<ImageDraft> images, String rawNotes, boolean renderComposite) {
        CategoryNode category = reader.category(draft.categoryId());
        String name = AssetRules.checkName(draft.name());
        List<String> tags = AssetRules.normaliseTags(draft.tags());
        String notes = AssetRules.checkVersionNotes(rawNotes);
        Map<String, Object> raw = draft.values() == null ? Map.of() : draft.values();
        if (draft.lineageId() == null) {
            ImageSet set = ImageSet.ofDrafts(images == null ? List.of() : images);
            Map<String, Object> values = assetValues.check(category, raw, set, null);
            AssetLineage lineage = newLineage(draft, category, name);
            AssetVersion version = writer.write(lineage, null, category, name, lineage.getSlug(), draft.source(), tags, values, set, true);
            fragments.write(version.getId(), AssetRules.checkFragments(draft.fragments() == null ? List.of() : draft.fragments()));
            version.setVersion(SemanticVersion.FIRST.toString());
            version.setVersionNotes(notes != null ? notes : "Initial creation");
            return new Staged(lineage, null, version, null, notes);
        }
        AssetLineage lineage = lineages.findForUpdate(draft.lineageId())
                .orElseThrow(() -> new UserFacingException("That asset no longer exists."));
        AssetVersion base = reader.latestVersion(lineage);
        if (lineage.isSystem()) {
            throw new UserFacingException(base.getName() + " ships with the studio and stays as it is: edit a copy of it instead.");
        }
        if (draft.expectedLockVersion() != null && !draft.expectedLockVersion().equals(lineage.getLockVersion())) {
            throw new AssetChangedException(base.getName(), base.getVersion());
        }
        CategoryNode current = reader.category(base.getCategoryId());
        if (current.kind() != category.kind()) {
            throw new UserFacingException("An asset keeps its kind: move it only to another "
                    + current.kind().name().toLowerCase() + " category.");
        }
        ImageSet set = images == null ? ImageSet.of(reader.imageViews(base.getId())) : ImageSet.ofDrafts(images);
        Map<String, Object> values = assetValues.check(category, raw, set, ImageSet.of(reader.imageViews(base.getId())));
        String slug = slugOf(draft, lineage, base, name);
        AssetVersion version = writer.write(lineage, base, category, name, slug, draft.source(), tags, values, set, renderComposite);
        List<PromptFragment> baseFragments = fragments.of(base.getId());
        List<PromptFragment> newFragments = draft.fragments() == null ? baseFragments : AssetRules.checkFragments(draft.fragments());
        fragments.write(version.getId(), newFragments);
        VersionContent before = VersionContent.of(reader.detail(lineage, base), baseFragments);
        VersionContent after = VersionContent.of(reader.detail(lineage, version), newFragments);
        after = new VersionContent(after.name(), slug, after.categoryId(), after.categoryName(), after.source(), after.tags(),
                after.values(), after.images(), after.fragments());
        VersionProposal proposal = new VersionProposal(base.getVersion(),
                VersionRules.changes(category.kind(), category.effectiveFields(), before, after));
        return new Staged(lineage, base, version, proposal, notes);
    }

    /** The slug of the next version: the one typed, else the lineage's; a copy's follows its new name until edited. */
    private String slugOf(AssetDraft draft, AssetLineage lineage, AssetVersion base, String name) {
        if (!blank(draft.slug()) && !draft.slug().trim().equals(lineage.getSlug())) {
            return freeSlug(lineage.getScopeKey(), AssetRules.checkSlug(draft.slug()));
        }
        if (lineage.isSlugFollowsName() && !name.equals(base.getName())) {
            return Slugs.unique(name, candidate -> !candidate.equals(lineage.getSlug())
                    && lineages.existsByScopeKeyAndSlug(lineage.getScopeKey(), candidate));
        }
        return lineage.getSlug();
    }

    private AssetLineage newLineage(AssetDraft draft, CategoryNode category, String name) {
        UUID projectId = draft.global() ? null : currentProject.current().map(ProjectSummary::id).orElseThrow(
                () -> new UserFacingException("Choose a project first, or save the asset to the global library."));
        String scope = AssetLineage.scopeKeyOf(projectId);
        String slug = blank(draft.slug())
                ? Slugs.unique(name, candidate -> lineages.existsByScopeKeyAndSlug(scope, candidate))
                : freeSlug(scope, AssetRules.checkSlug(draft.slug()));
        AssetLineage created = lineages.saveAndFlush(new AssetLineage(category.id(), projectId, slug, currentUser.get().map(SignedInUser::id).orElse(null)));
        events.publishEvent(new AssetCreated(created.getId(), projectId));
        return created;
    }



    private String freeSlug(String scope, String slug) {
        if (lineages.existsByScopeKeyAndSlug(scope, slug)) {
            throw new AttributeValidationException(Map.of("slug", "\"" + slug + "\" is used by another asset of this library"));
        }
        return slug;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
