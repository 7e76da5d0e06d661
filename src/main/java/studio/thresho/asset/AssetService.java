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
import studio.thresho.asset.category.AttributeValidationException;
import studio.thresho.asset.category.AttributeValidator;
import studio.thresho.asset.category.CategoryKind;
import studio.thresho.asset.category.CategoryNode;
import studio.thresho.asset.category.FieldDefinition;
import studio.thresho.asset.category.FieldType;
import studio.thresho.asset.search.SearchQuery;
import studio.thresho.asset.search.SearchSort;
import studio.thresho.base.Slugs;
import studio.thresho.base.UserFacingException;
import studio.thresho.project.CurrentProjectService;
import studio.thresho.project.ProjectSummary;
import studio.thresho.security.CurrentUser;
import studio.thresho.security.Role;
import studio.thresho.security.SignedInUser;
import tools.jackson.databind.json.JsonMapper;

/**
 * Creating, editing, duplicating, archiving and deleting assets. Every save goes through
 * {@link #save}: until versioning lands it edits the active version in place, guarded by its
 * lock version.
 */
@Service
@PreAuthorize("hasRole('" + Role.Names.EDITOR + "')")
public class AssetService {

    private static final String COPY_SUFFIX = " (copy)";

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

    AssetService(AssetSearchService search, AssetReader reader, AssetLineageRepository lineages, AssetVersionRepository versions, AssetImageRepository images,
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

    /**
     * Creates or edits an asset. Invalid values fail with a message per field; missing required
     * values never do: the asset is then saved as a draft and says what it lacks.
     */
    @Transactional
    public AssetDetail save(AssetDraft draft) {
        CategoryNode category = reader.category(draft.categoryId());
        String name = AssetRules.checkName(draft.name());
        List<String> tags = AssetRules.normaliseTags(draft.tags());
        Map<String, Object> values = checkValues(category, draft.values() == null ? Map.of() : draft.values());
        return draft.lineageId() == null
                ? create(draft, category, name, tags, values)
                : update(draft, category, name, tags, values);
    }

    private AssetDetail create(AssetDraft draft, CategoryNode category, String name, List<String> tags, Map<String, Object> values) {
        UUID projectId = draft.global() ? null : currentProject.current().map(ProjectSummary::id).orElseThrow(
                () -> new UserFacingException("Choose a project first, or save the asset to the global library."));
        String scope = AssetLineage.scopeKeyOf(projectId);
        String slug = blank(draft.slug())
                ? Slugs.unique(name, candidate -> lineages.existsByScopeKeyAndSlug(scope, candidate))
                : freeSlug(scope, AssetRules.checkSlug(draft.slug()));
        AssetLineage lineage = lineages.saveAndFlush(new AssetLineage(category.id(), projectId, slug,
                currentUser.get().map(SignedInUser::id).orElse(null)));
        AssetVersion version = firstVersion(lineage, category, name, draft.source(), tags, values, "Initial creation");
        return activate(lineage, version);
    }

    private AssetVersion firstVersion(AssetLineage lineage, CategoryNode category, String name, Source source, List<String> tags,
                                      Map<String, Object> values, String notes) {
        AssetVersion version = new AssetVersion(lineage.getId(), category.id(), lineage.getProjectId(), name, lineage.getSlug(),
                lineage.getCreatedBy());
        version.setVersionNotes(notes);
        write(version, category, source, tags, values);
        version = versions.saveAndFlush(version);
        profiles.write(category.kind(), version.getId(), category.effectiveFields(), values);
        return version;
    }

    private AssetDetail activate(AssetLineage lineage, AssetVersion version) {
        lineage.setActiveVersionId(version.getId());
        lineage.setLatestVersionId(version.getId());
        lineages.saveAndFlush(lineage);
        return refreshDraftFlag(lineage.getId());
    }

    private AssetDetail update(AssetDraft draft, CategoryNode category, String name, List<String> tags, Map<String, Object> values) {
        AssetLineage lineage = reader.lineage(draft.lineageId());
        AssetVersion version = reader.activeVersion(lineage);
        if (draft.expectedLockVersion() != null && !draft.expectedLockVersion().equals(version.getLockVersion())) {
            throw new AssetChangedException(version.getName());
        }
        CategoryNode current = reader.category(version.getCategoryId());
        if (current.kind() != category.kind()) {
            throw new UserFacingException("An asset keeps its kind: move it only to another "
                    + current.kind().name().toLowerCase() + " category.");
        }
        if (!blank(draft.slug()) && !draft.slug().trim().equals(lineage.getSlug())) {
            String slug = freeSlug(lineage.getScopeKey(), AssetRules.checkSlug(draft.slug()));
            lineage.setSlug(slug);
            version.setSlug(slug);
        }
        lineage.setCategoryId(category.id());
        version.setCategoryId(category.id());
        version.setName(name);
        write(version, category, draft.source(), tags, values);
        versions.saveAndFlush(version);
        lineages.saveAndFlush(lineage);
        profiles.write(category.kind(), version.getId(), category.effectiveFields(), values);
        return refreshDraftFlag(lineage.getId());
    }

    /** A copy with every field and image under a new name and slug, in the same library. */
    @Transactional
    public AssetDetail duplicate(UUID lineageId) {
        AssetDetail original = reader.detail(lineageId);
        AssetLineage source = reader.lineage(lineageId);
        String name = original.name().length() + COPY_SUFFIX.length() > AssetRules.NAME_MAX_LENGTH
                ? original.name() : original.name() + COPY_SUFFIX;
        String slug = Slugs.unique(original.slug() + "-copy",
                candidate -> lineages.existsByScopeKeyAndSlug(source.getScopeKey(), candidate));
        AssetLineage lineage = lineages.saveAndFlush(new AssetLineage(original.categoryId(), source.getProjectId(), slug,
                currentUser.get().map(SignedInUser::id).orElse(null)));
        AssetVersion version = firstVersion(lineage, reader.category(original.categoryId()), name, original.source(),
                original.tags(), new LinkedHashMap<>(original.values()), "Duplicated from " + original.name());
        for (AssetImage image : images.findByAssetIdOrderBySortOrderAsc(original.versionId())) {
            images.save(new AssetImage(version.getId(), image.getImagePath(), image.type(),
                    image.getSlot() == null ? null : SheetSlot.ofDbValue(image.getSlot()).orElse(null), image.getSortOrder(), image.getCaption()));
        }
        return activate(lineage, version);
    }

    /**
     * Deletes an asset with all its versions and images. Refused while generations or shots used
     * it: such an asset can be archived instead.
     */
    @Transactional
    public void delete(UUID lineageId) {
        AssetLineage lineage = reader.lineage(lineageId);
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

    /** Recomputes the draft flag after a change of fields or images, and announces the change. */
    AssetDetail refreshDraftFlag(UUID lineageId) {
        events.publishEvent(new AssetChanged(lineageId));
        AssetDetail detail = reader.detail(lineageId);
        AssetVersion version = versions.findById(detail.versionId()).orElseThrow();
        String primary = detail.primaryImage().map(AssetImageView::mediaKey).orElse(null);
        if (version.isDraft() == detail.completeness().complete() || !Objects.equals(primary, version.getPrimaryImagePath())) {
            version.setDraft(!detail.completeness().complete());
            version.setPrimaryImagePath(primary);
            versions.saveAndFlush(version);
            return reader.detail(lineageId);
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
