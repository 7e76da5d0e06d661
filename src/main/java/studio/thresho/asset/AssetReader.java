package studio.thresho.asset;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import studio.thresho.asset.category.CategoryKind;
import studio.thresho.asset.category.CategoryNode;
import studio.thresho.asset.category.CategoryService;
import studio.thresho.base.UserFacingException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Assembles an {@link AssetDetail} from the lineage, its active version, profile, attributes and images. */
@Component
class AssetReader {

    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {
    };
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private final AssetLineageRepository lineages;
    private final AssetVersionRepository versions;
    private final AssetImageRepository images;
    private final ProfileStore profiles;
    private final CategoryService categories;
    private final JsonMapper json;

    AssetReader(AssetLineageRepository lineages, AssetVersionRepository versions, AssetImageRepository images,
                ProfileStore profiles, CategoryService categories, JsonMapper json) {
        this.lineages = lineages;
        this.versions = versions;
        this.images = images;
        this.profiles = profiles;
        this.categories = categories;
        this.json = json;
    }

    AssetLineage lineage(UUID lineageId) {
        return lineages.findById(lineageId).orElseThrow(() -> new UserFacingException("That asset no longer exists."));
    }

    AssetVersion activeVersion(AssetLineage lineage) {
        return versions.findById(lineage.getActiveVersionId())
                .orElseThrow(() -> new UserFacingException("That asset has no active version."));
    }

    CategoryNode category(UUID categoryId) {
        return categories.find(categoryId).orElseThrow(() -> new UserFacingException("That category no longer exists."));
    }

    List<CategoryNode> categories() {
        return categories.structure();
    }

    AssetVersion latestVersion(AssetLineage lineage) {
        return versions.findById(lineage.getLatestVersionId())
                .orElseThrow(() -> new UserFacingException("That asset has no version yet."));
    }

    /** A version of the lineage by its number ("1.2.0"). */
    AssetVersion version(AssetLineage lineage, String number) {
        return versions.findByLineageIdAndVersion(lineage.getId(), number)
                .orElseThrow(() -> new UserFacingException("That asset has no version " + number + "."));
    }

    AssetDetail detail(UUID lineageId) {
        AssetLineage lineage = lineage(lineageId);
        return detail(lineage, activeVersion(lineage));
    }

    AssetDetail detail(AssetLineage lineage, AssetVersion version) {
        CategoryNode category = category(version.getCategoryId());
        Map<String, Object> values = values(category, version);
        List<AssetImageView> views = imageViews(version.getId());
        return new AssetDetail(lineage.getId(), version.getId(), lineage.getLockVersion(), category.id(), category.name(),
                category.kind(), version.getName(), lineage.getSlug(), Source.ofDbValue(version.getSource()).orElse(null),
                tags(version), lineage.getProjectId(), version.getVersion(), version.getCreatedAt(), version.getUpdatedAt(),
                lineage.getUsageCount(), lineage.isArchived(), category.effectiveFields(), values, views,
                CompletenessCheck.of(category.effectiveFields(), values, views),
                version.getId().equals(lineage.getActiveVersionId()), version.getId().equals(lineage.getLatestVersionId()),
                (int) versions.countByLineageId(lineage.getId()), version.getVersionNotes(), lineage.isSystem(),
                lineage.isSlugFollowsName());
    }

    Map<String, Object> values(CategoryNode category, AssetVersion version) {
        return values(category, version, profiles.read(category.kind(), version.getId(), category.effectiveFields()));
    }

    /** {@link #values(CategoryNode, AssetVersion)} of many versions, each profile table read once: for a page of results. */
    Map<UUID, Map<String, Object>> values(List<AssetVersion> versions, Function<AssetVersion, CategoryNode> categoryOf) {
        Map<CategoryKind, List<UUID>> idsByKind = versions.stream().collect(Collectors.groupingBy(version -> categoryOf.apply(version).kind(),
                Collectors.mapping(AssetVersion::getId, Collectors.toList())));
        Map<UUID, Map<String, Object>> rows = new HashMap<>();
        idsByKind.forEach((kind, ids) -> rows.putAll(profiles.rows(kind, ids)));
        Map<UUID, Map<String, Object>> values = new HashMap<>();
        for (AssetVersion version : versions) {
            CategoryNode category = categoryOf.apply(version);
            values.put(version.getId(), values(category, version,
                    profiles.fieldValues(category.kind(), rows.get(version.getId()), category.effectiveFields())));
        }
        return values;
    }

    private Map<String, Object> values(CategoryNode category, AssetVersion version, Map<String, Object> profileValues) {
        Map<String, Object> values = new LinkedHashMap<>(attributes(version));
        values.putAll(profileValues);
        if (version.getDescription() != null) {
            values.put("description", version.getDescription());
        }
        return values;
    }

    Map<String, Object> attributes(AssetVersion version) {
        return json.readValue(version.getAttributesJson(), OBJECT);
    }

    List<String> tags(AssetVersion version) {
        return version.getTagsJson() == null ? List.of() : json.readValue(version.getTagsJson(), STRINGS);
    }

    List<AssetImageView> imageViews(UUID versionId) {
        return images.findByAssetIdOrderBySortOrderAsc(versionId).stream()
                .map(image -> new AssetImageView(image.getId(), image.getImagePath(), image.type(),
                        image.getSlot() == null ? null : SheetSlot.ofDbValue(image.getSlot()).orElse(null),
                        image.getSortOrder(), image.getCaption()))
                .toList();
    }
}
