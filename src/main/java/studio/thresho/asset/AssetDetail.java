package studio.thresho.asset;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import studio.thresho.asset.category.CategoryKind;
import studio.thresho.asset.category.FieldDefinition;

/** Everything a detail view or an edit form shows of an asset's active version. */
public record AssetDetail(UUID lineageId, UUID versionId, long lockVersion, UUID categoryId, String categoryName,
                          CategoryKind kind, String name, String slug, Source source, List<String> tags, UUID projectId,
                          String version, Instant createdAt, Instant updatedAt, int usageCount, boolean archived,
                          List<FieldDefinition> fields, Map<String, Object> values, List<AssetImageView> images,
                          Completeness completeness) {

    public boolean global() {
        return projectId == null;
    }

    public List<AssetImageView> imagesOf(ImageType type) {
        return images.stream().filter(image -> image.type() == type).toList();
    }

    /** The image that stands for the asset: its headshot, else its first reference image. */
    public java.util.Optional<AssetImageView> primaryImage() {
        return imagesOf(ImageType.HEADSHOT).stream().findFirst()
                .or(() -> images.stream().filter(image -> image.type() != ImageType.COMPOSITE).findFirst());
    }

    public String description() {
        Object description = values.get("description");
        return description == null ? null : description.toString();
    }
}
