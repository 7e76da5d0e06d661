package studio.thresho.asset;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import studio.thresho.asset.category.CategoryKind;
import studio.thresho.asset.category.FieldDefinition;

/**
 * Everything a detail view or an edit form shows of one version of an asset (the active one unless
 * asked otherwise).
 *
 * @param lockVersion  the lineage's lock version: a save that expects another one finds the asset changed meanwhile
 * @param active       whether this version is the one new generations use by default
 * @param latest       whether this is the newest version, the one the next save builds on
 * @param versionCount how many versions the asset has
 * @param versionNotes what the author said about this version
 * @param system       shipped with every installation: never deleted, edited only as a copy
 * @param slugFollowsName a copy whose slug is still made from its name: renaming it changes the slug
 */
public record AssetDetail(UUID lineageId, UUID versionId, long lockVersion, UUID categoryId, String categoryName,
                          CategoryKind kind, String name, String slug, Source source, List<String> tags, UUID projectId,
                          String version, Instant createdAt, Instant updatedAt, int usageCount, boolean archived,
                          List<FieldDefinition> fields, Map<String, Object> values, List<AssetImageView> images,
                          Completeness completeness, boolean active, boolean latest, int versionCount, String versionNotes,
                          boolean system, boolean slugFollowsName) {

    /** The badge cards and the detail view show: "v2.1.0 (latest)". */
    public String versionBadge() {
        return "v" + version + (latest ? " (latest)" : active ? " (active)" : "");
    }

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
