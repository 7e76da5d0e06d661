package studio.thresho.asset.category;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import studio.thresho.base.Slugs;
import studio.thresho.base.UserFacingException;
import studio.thresho.security.Role;

/**
 * The category tree and its schemas. Everyone signed in reads it; editors and administrators
 * change it. System categories stay roots and cannot be deleted; a category that holds assets
 * never leaves its root's kind.
 */
@Service
@PreAuthorize("hasRole('" + Role.Names.EDITOR + "')")
public class CategoryService {

    static final Pattern ICON = Pattern.compile("vaadin:[a-z0-9-]+");
    private static final int SORT_STEP = 10;

    private final AssetCategoryRepository categories;
    private final CategorySchemaCodec codec;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;

    CategoryService(AssetCategoryRepository categories, CategorySchemaCodec codec, JdbcTemplate jdbc, ApplicationEventPublisher events) {
        this.categories = categories;
        this.codec = codec;
        this.jdbc = jdbc;
        this.events = events;
    }

    /** Every category, depth first, siblings by sort order then name. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<CategoryNode> tree() {
        return new CategoryTree(categories.findAllByOrderBySortOrderAscNameAsc(), codec).nodes(assetCounts());
    }

    /** The tree without asset counts (they are 0): cheap enough to read with every page of assets. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<CategoryNode> structure() {
        return new CategoryTree(categories.findAllByOrderBySortOrderAscNameAsc(), codec).nodes(Map.of());
    }

    /** A category without its asset count (0). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<CategoryNode> find(UUID id) {
        return structure().stream().filter(node -> node.id().equals(id)).findFirst();
    }

    @Transactional
    public CategoryNode create(String rawName, UUID parentId, String icon) {
        String name = CategoryRules.checkName(rawName);
        if (parentId != null && !categories.existsById(parentId)) {
            throw new UserFacingException("The parent category no longer exists.");
        }
        int sortOrder = categories.findAll().stream().filter(c -> java.util.Objects.equals(c.getParentId(), parentId))
                .mapToInt(AssetCategory::getSortOrder).max().orElse(0) + SORT_STEP;
        String slug = Slugs.unique(name, categories::existsBySlug);
        AssetCategory category = new AssetCategory(name, slug, parentId, checkIcon(icon), sortOrder);
        category.setSchemaJson(codec.write(List.of()));
        return node(categories.saveAndFlush(category).getId());
    }

    /**
     * Saves name, icon and position as the editor saw the category ({@code expectedLockVersion}):
     * a change someone made meanwhile is refused, not overwritten.
     */
    @Transactional
    public CategoryNode editDetails(UUID id, long expectedLockVersion, String rawName, String icon, int sortOrder) {
        AssetCategory category = loadUnchanged(id, expectedLockVersion);
        boolean renamed = !category.getName().equals(CategoryRules.checkName(rawName));
        category.setName(CategoryRules.checkName(rawName));
        category.setIcon(checkIcon(icon));
        category.setSortOrder(sortOrder);
        categories.saveAndFlush(category);
        if (renamed) {
            events.publishEvent(new CategoryChanged(id));
        }
        return node(id);
    }

    /** Replaces the custom fields as the editor saw them ({@code expectedLockVersion}); see {@link #updateFields(UUID, List)}. */
    @Transactional
    public CategoryNode updateFields(UUID id, long expectedLockVersion, List<FieldDefinition> customFields) {
        loadUnchanged(id, expectedLockVersion);
        return updateFields(id, customFields);
    }

    private AssetCategory loadUnchanged(UUID id, long expectedLockVersion) {
        AssetCategory category = load(id);
        if (category.getLockVersion() != null && category.getLockVersion() != expectedLockVersion) {
            throw new UserFacingException(category.getName() + " was changed by someone else meanwhile: open it again to see the change, "
                    + "then make yours.");
        }
        return category;
    }

    @Transactional
    public CategoryNode rename(UUID id, String rawName) {
        AssetCategory category = load(id);
        category.setName(CategoryRules.checkName(rawName));
        categories.saveAndFlush(category);
        events.publishEvent(new CategoryChanged(id));
        return node(id);
    }

    @Transactional
    public CategoryNode updateAppearance(UUID id, String icon, int sortOrder) {
        AssetCategory category = load(id);
        category.setIcon(checkIcon(icon));
        category.setSortOrder(sortOrder);
        categories.saveAndFlush(category);
        return node(id);
    }

    /** Moves a category under another one, or to the top level when {@code newParentId} is null. */
    @Transactional
    public CategoryNode move(UUID id, UUID newParentId) {
        AssetCategory category = load(id);
        if (category.isSystem()) {
            throw new UserFacingException(category.getName() + " is a system category: it stays at the top level.");
        }
        CategoryTree tree = new CategoryTree(categories.findAll(), codec);
        if (newParentId != null) {
            if (!categories.existsById(newParentId)) {
                throw new UserFacingException("The new parent category no longer exists.");
            }
            if (tree.isSameOrBelow(newParentId, id)) {
                throw new UserFacingException("A category cannot move into itself or one of its own sub-categories.");
            }
        }
        UUID currentRoot = tree.rootOf(id);
        UUID newRoot = newParentId == null ? id : tree.rootOf(newParentId);
        if (!currentRoot.equals(newRoot) && assetsIn(tree.subtree(id)) > 0) {
            throw new UserFacingException(category.getName() + " holds assets, so it can only move within "
                    + tree.get(currentRoot).getName() + ": its assets keep their kind.");
        }
        category.setParentId(newParentId);
        categories.saveAndFlush(category);
        events.publishEvent(new CategoryChanged(id));
        return node(id);
    }

    @Transactional
    public void delete(UUID id) {
        AssetCategory category = load(id);
        if (category.isSystem()) {
            throw new UserFacingException(category.getName() + " is a system category and cannot be deleted.");
        }
        if (categories.existsByParentId(id)) {
            throw new UserFacingException(category.getName() + " has sub-categories: delete or move them first.");
        }
        long assets = assetsIn(List.of(id));
        if (assets > 0) {
            throw new UserFacingException(assets + (assets == 1 ? " asset uses " : " assets use ") + category.getName()
                    + ": move " + (assets == 1 ? "it" : "them") + " to another category first.");
        }
        Long inHistory = jdbc.queryForObject("SELECT COUNT(DISTINCT lineage_id) FROM assets_library WHERE category_id = ?",
                Long.class, id.toString());
        if (inHistory != null && inHistory > 0) {
            throw new UserFacingException(category.getName() + " appears in the version history of " + inHistory
                    + (inHistory == 1 ? " asset" : " assets") + ": earlier versions keep their category so they stay reproducible, "
                    + "so it stays until those assets are deleted.");
        }
        categories.delete(category);
        categories.flush();
    }

    /**
     * Replaces the category's own custom fields. System fields are kept as they are; fields with the
     * key of a system field are refused.
     */
    @Transactional
    public CategoryNode updateFields(UUID id, List<FieldDefinition> customFields) {
        AssetCategory category = load(id);
        CategoryTree tree = new CategoryTree(categories.findAll(), codec);
        List<FieldDefinition> systemFields = codec.read(category.getSchemaJson()).stream().filter(FieldDefinition::system).toList();
        List<FieldDefinition> proposed = new ArrayList<>(systemFields);
        customFields.stream().map(field -> new FieldDefinition(field.key(), field.label(), field.type(), field.required(),
                field.options(), field.helpText(), field.referenceCategory(), false, field.versionBump())).forEach(proposed::add);
        List<FieldDefinition> inherited = tree.inheritedFields(id, codec);
        List<FieldDefinition> checked = CategoryRules.checkFields(proposed, inherited, categories::existsBySlug);
        List<String> descendantsClash = clashesWithDescendants(tree, id, checked);
        if (!descendantsClash.isEmpty()) {
            throw new UserFacingException("A sub-category already has a field with the key " + String.join(", ", descendantsClash) + ".");
        }
        category.setSchemaJson(codec.write(checked));
        categories.saveAndFlush(category);
        return node(id);
    }

    /** Checks attribute values against every field of the category, inherited ones included. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public void checkAttributes(UUID categoryId, Map<String, ?> values, boolean draft) {
        CategoryNode node = find(categoryId).orElseThrow(() -> new UserFacingException("That category no longer exists."));
        AttributeValidator.check(node.effectiveFields(), values, draft);
    }

    private List<String> clashesWithDescendants(CategoryTree tree, UUID id, List<FieldDefinition> fields) {
        List<String> keys = fields.stream().map(FieldDefinition::key).toList();
        return tree.subtree(id).stream().filter(descendant -> !descendant.equals(id))
                .flatMap(descendant -> codec.read(tree.get(descendant).getSchemaJson()).stream())
                .map(FieldDefinition::key).filter(keys::contains).distinct().toList();
    }

    private long assetsIn(List<UUID> categoryIds) {
        if (categoryIds.isEmpty()) {
            return 0;
        }
        String placeholders = String.join(",", categoryIds.stream().map(id -> "?").toList());
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM asset_lineages WHERE category_id IN (" + placeholders + ")",
                Long.class, categoryIds.stream().map(UUID::toString).toArray());
        return count == null ? 0 : count;
    }

    private Map<UUID, Long> assetCounts() {
        Map<UUID, Long> counts = new HashMap<>();
        jdbc.query("SELECT category_id, COUNT(*) AS n FROM asset_lineages GROUP BY category_id",
                row -> {
                    counts.put(UUID.fromString(row.getString("category_id")), row.getLong("n"));
                });
        return counts;
    }

    private CategoryNode node(UUID id) {
        return new CategoryTree(categories.findAll(), codec).nodes(assetCounts()).stream()
                .filter(node -> node.id().equals(id)).findFirst().orElseThrow();
    }

    private AssetCategory load(UUID id) {
        return categories.findById(id).orElseThrow(() -> new UserFacingException("That category no longer exists."));
    }

    private static String checkIcon(String icon) {
        if (icon == null || icon.isBlank()) {
            return "vaadin:folder";
        }
        if (!ICON.matcher(icon).matches()) {
            throw new UserFacingException("Choose an icon from the list.");
        }
        return icon;
    }
}
