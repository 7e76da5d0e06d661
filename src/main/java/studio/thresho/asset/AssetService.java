package studio.thresho.asset;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.annotation.Isolation;
import studio.thresho.asset.category.AttributeValidationException;
import studio.thresho.asset.category.AttributeValidator;
import studio.thresho.asset.category.CategoryKind;
import studio.thresho.asset.category.CategoryNode;
import studio.thresho.asset.category.FieldDefinition;
import studio.thresho.asset.category.FieldType;
import studio.thresho.asset.category.VersionBump;
import studio.thresho.asset.search.SearchQuery;
import studio.thresho.asset.search.SearchSort;
import studio.thresho.base.Slugs;
import studio.thresho.base.UserFacingException;
import studio.thresho.media.PaletteExtractor;
import studio.thresho.project.CurrentProjectService;
import studio.thresho.project.ProjectSummary;
import studio.thresho.security.CurrentUser;
import studio.thresho.security.Role;
import studio.thresho.security.SignedInUser;
import tools.jackson.databind.json.JsonMapper;

/**
 * Creating, editing, duplicating, archiving and deleting assets. Every save goes through
 * {@link #save} and creates a new version (FR-11): versions are never edited in place, and one
 * asset's versions are numbered one after the other under a lock on its lineage. Saves read
 * committed data: after waiting for that lock they must see the version saved meanwhile, which
 * MariaDB's default (repeatable read) would hide behind the snapshot taken before the wait.
 */
@Service
@PreAuthorize("hasRole('" + Role.Names.EDITOR + "')")
public class AssetService {

    /** The number a version holds while it is compared with the latest one, before it gets its own. */
    private static final String PENDING_VERSION = "0.0.0";
    static final String PALETTE_FIELD = "color_palette";

    private final AssetReader reader;
    private final AssetLineageRepository lineages;
    private final AssetVersionRepository versions;
    private final AssetImageRepository images;
    private final ProfileStore profiles;
    private final CurrentProjectService currentProject;
    private final CurrentUser currentUser;
    private final JsonMapper json;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final AssetSearchService search;
    private final VersionImages versionImages;
    private final PaletteExtractor palettes;

    AssetService(AssetSearchService search, VersionImages versionImages, PaletteExtractor palettes, AssetReader reader, AssetLineageRepository lineages, AssetVersionRepository versions, AssetImageRepository images,
                 ProfileStore profiles, CurrentProjectService currentProject, CurrentUser currentUser, JsonMapper json,
                 JdbcTemplate jdbc, ApplicationEventPublisher events) {
        this.reader = reader;
        this.lineages = lineages;
        this.versions = versions;
        this.images = images;
        this.profiles = profiles;
        this.currentProject = currentProject;
        this.currentUser = currentUser;
        this.json = json;
        this.jdbc = jdbc;
        this.events = events;
        this.search = search;
        this.versionImages = versionImages;
        this.palettes = palettes;
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

    /** The generations and shots that used any version of the asset, newest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<UsageEntry> usageHistory(UUID lineageId, int limit) {
        return jdbc.query("""
                SELECT u.created_at, a.version, u.generation_record_id, u.shot_id FROM asset_usage u
                JOIN assets_library a ON a.id = u.asset_id WHERE a.lineage_id = ? ORDER BY u.created_at DESC LIMIT ?""",
                (row, i) -> new UsageEntry(row.getTimestamp(1).toInstant(), row.getString(2),
                        row.getString(3) == null ? null : UUID.fromString(row.getString(3)),
                        row.getString(4) == null ? null : UUID.fromString(row.getString(4))),
                lineageId.toString(), limit);
    }

    /** Existing tags that start with the given text, for suggestions while typing. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<String> suggestTags(String prefix) {
        String start = prefix == null ? "" : prefix.trim().toLowerCase(java.util.Locale.ROOT);
        return versions.latestTags().stream()
                .flatMap(tags -> json.readValue(tags, new tools.jackson.core.type.TypeReference<List<String>>() { }).stream())
                .filter(tag -> tag.startsWith(start)).distinct().sorted().limit(20).toList();
    }

    /** The newest version, which an edit builds on. */
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
            return finishFirst(staged);
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
        return finish(lineage, version);
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
            Map<String, Object> values = checkValues(category, withPalette(category, raw, set, null));
            AssetLineage lineage = newLineage(draft, category, name);
            AssetVersion version = writeVersion(lineage, null, category, name, lineage.getSlug(), draft.source(), tags, values, set, true);
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
        Map<String, Object> values = checkValues(category, withPalette(category, raw, set, ImageSet.of(reader.imageViews(base.getId()))));
        String slug = slugOf(draft, lineage, base, name);
        AssetVersion version = writeVersion(lineage, base, category, name, slug, draft.source(), tags, values, set, renderComposite);
        VersionContent before = VersionContent.of(reader.detail(lineage, base));
        VersionContent after = VersionContent.of(reader.detail(lineage, version));
        after = new VersionContent(after.name(), slug, after.categoryId(), after.categoryName(), after.source(), after.tags(),
                after.values(), after.images());
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
        return lineages.saveAndFlush(new AssetLineage(category.id(), projectId, slug, currentUser.get().map(SignedInUser::id).orElse(null)));
    }

    /** Writes a version row with a placeholder number, its profile and its images. */
    private AssetVersion writeVersion(AssetLineage lineage, AssetVersion base, CategoryNode category, String name, String slug,
                                      Source source, List<String> tags, Map<String, Object> values, ImageSet set, boolean renderComposite) {
        AssetVersion version = new AssetVersion(lineage.getId(), category.id(), lineage.getProjectId(), name, slug,
                currentUser.get().map(SignedInUser::id).orElse(null));
        version.setVersion(PENDING_VERSION);
        version.setLatest(base == null);
        version.setParentVersionId(base == null ? null : base.getId());
        write(version, category, source, tags, values);
        version = versions.saveAndFlush(version);
        profiles.write(category.kind(), version.getId(), category.effectiveFields(), values);
        versionImages.write(version, set, base, renderComposite);
        return version;
    }

    private AssetDetail finishFirst(Staged staged) {
        AssetLineage lineage = staged.lineage();
        AssetVersion version = versions.saveAndFlush(staged.version());
        lineage.setActiveVersionId(version.getId());
        lineage.setLatestVersionId(version.getId());
        lineages.saveAndFlush(lineage);
        return finish(lineage, version);
    }

    /**
     * An environment without a colour palette takes the dominant colours of its primary reference
     * image when that image is new; the palette stays editable.
     */
    private Map<String, Object> withPalette(CategoryNode category, Map<String, Object> values, ImageSet images, ImageSet before) {
        if (category.kind() != CategoryKind.ENVIRONMENT || values.get(PALETTE_FIELD) instanceof java.util.Collection<?> palette && !palette.isEmpty()) {
            return values;
        }
        String primary = firstReference(images);
        if (primary == null || before != null && primary.equals(firstReference(before))) {
            return values;
        }
        Map<String, Object> withPalette = new HashMap<>(values);
        withPalette.put(PALETTE_FIELD, palettes.extract(primary));
        return withPalette;
    }

    private static String firstReference(ImageSet images) {
        return images.images().stream().filter(image -> image.type() == ImageType.REFERENCE).map(ImageDraft::mediaKey).findFirst().orElse(null);
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
        AssetVersion version = writeVersion(lineage, null, reader.category(original.categoryId()), name, slug, original.source(),
                original.tags(), new LinkedHashMap<>(original.values()), ImageSet.of(original.images()), true);
        version.setVersion(SemanticVersion.FIRST.toString());
        version.setVersionNotes("Duplicated from " + original.name() + " v" + original.version());
        return finishFirst(new Staged(lineage, null, version, null, null));
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

    /** Records whether the version is complete and which image stands for it, and announces the change. */
    private AssetDetail finish(AssetLineage lineage, AssetVersion version) {
        events.publishEvent(new AssetChanged(lineage.getId()));
        AssetDetail detail = reader.detail(lineage, version);
        String primary = detail.primaryImage().map(AssetImageView::mediaKey).orElse(null);
        if (version.isDraft() == detail.completeness().complete() || !Objects.equals(primary, version.getPrimaryImagePath())) {
            version.setDraft(!detail.completeness().complete());
            version.setPrimaryImagePath(primary);
            versions.saveAndFlush(version);
            return reader.detail(lineage, version);
        }
        return detail;
    }

    private void write(AssetVersion version, CategoryNode category, Source source, List<String> tags, Map<String, Object> values) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        for (FieldDefinition field : category.effectiveFields()) {
            if (FieldStorage.placeOf(category.kind(), field) == FieldStorage.Place.ATTRIBUTES && values.containsKey(field.key())) {
                attributes.put(field.key(), values.get(field.key()));
            }
        }
        version.setAttributesJson(json.writeValueAsString(attributes));
        version.setTagsJson(tags.isEmpty() ? null : json.writeValueAsString(tags));
        version.setSource(source == null ? null : source.dbValue());
        Object description = values.get("description");
        version.setDescription(description == null ? null : description.toString());
    }

    /** Validates the shape of every value; drops empty ones and image fields (managed as images). */
    private Map<String, Object> checkValues(CategoryNode category, Map<String, Object> raw) {
        List<FieldDefinition> fields = category.effectiveFields().stream().filter(field -> field.type() != FieldType.IMAGE).toList();
        boolean describedBySchema = fields.stream().anyMatch(field -> field.key().equals("description"));
        Map<String, Object> values = new HashMap<>();
        raw.forEach((key, value) -> {
            if (value != null && !(value instanceof String text && text.isBlank())
                    && category.effectiveFields().stream().noneMatch(f -> f.key().equals(key) && f.type() == FieldType.IMAGE)) {
                values.put(key, value instanceof String text ? text.trim() : value);
            }
        });
        Map<String, Object> checked = new HashMap<>(values);
        Object description = checked.get("description");
        if (!describedBySchema) {
            checked.remove("description");
        }
        Map<String, String> errors = new LinkedHashMap<>(AttributeValidator.validate(fields, checked, true));
        if (description != null && description.toString().length() > AssetRules.DESCRIPTION_MAX_LENGTH) {
            errors.put("description", "has at most " + AssetRules.DESCRIPTION_MAX_LENGTH + " characters");
        }
        checkLightingReference(category, values, errors);
        if (!errors.isEmpty()) {
            throw new AttributeValidationException(errors);
        }
        return values;
    }

    private void checkLightingReference(CategoryNode category, Map<String, Object> values, Map<String, String> errors) {
        if (category.kind() != CategoryKind.ENVIRONMENT || !(values.get("default_lighting") instanceof String id) || errors.containsKey("default_lighting")) {
            return;
        }
        boolean isLighting = lineages.findById(UUID.fromString(id))
                .map(lineage -> reader.category(lineage.getCategoryId()).kind() == CategoryKind.LIGHTING).orElse(false);
        if (!isLighting) {
            errors.put("default_lighting", "must be a lighting setup of the library");
        }
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
