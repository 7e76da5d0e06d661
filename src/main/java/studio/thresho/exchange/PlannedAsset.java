package studio.thresho.exchange;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One asset an import will create: from the folder {@code folder}, named {@code name}, in a
 * category, with its images and the fields of its {@code asset.json}.
 *
 * @param problem why it cannot be imported, or null
 * @param duplicate the library (or an earlier folder of the same import) already has an asset of this name
 * @param exported  the asset with its versions when the folder comes from an export, else null
 * @param categoryId null when the category comes with the import ({@code categories.json}) and is made by it
 */
public record PlannedAsset(String folder, String name, UUID categoryId, String categoryName, List<PlannedImage> images,
                           List<String> tags, Map<String, Object> values, String problem, boolean duplicate, ExportedAsset exported) {

    public PlannedAsset(String folder, String name, UUID categoryId, String categoryName, List<PlannedImage> images,
                        List<String> tags, Map<String, Object> values, String problem, boolean duplicate) {
        this(folder, name, categoryId, categoryName, images, tags, values, problem, duplicate, null);
    }

    /** How many versions the import brings: an export's, else one. */
    public int versionCount() {
        return exported == null ? 1 : exported.versions().size();
    }

    /** The slug compared with the library's: an export's own, else one made from the name. */
    public String slug() {
        return exported != null && exported.slug() != null ? exported.slug() : studio.thresho.base.Slugs.of(name);
    }

    public boolean importable() {
        return problem == null && !duplicate;
    }

    public long headshots() {
        return images.stream().filter(image -> image.type() == studio.thresho.asset.ImageType.HEADSHOT).count();
    }

    PlannedAsset refused(String reason) {
        return new PlannedAsset(folder, name, categoryId, categoryName, images, tags, values, reason, duplicate, exported);
    }

    PlannedAsset asDuplicate() {
        return new PlannedAsset(folder, name, categoryId, categoryName, images, tags, values, problem, true, exported);
    }
}
