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
 */
public record PlannedAsset(String folder, String name, UUID categoryId, String categoryName, List<PlannedImage> images,
                           List<String> tags, Map<String, Object> values, String problem, boolean duplicate) {

    public boolean importable() {
        return problem == null && !duplicate;
    }

    public long headshots() {
        return images.stream().filter(image -> image.type() == studio.thresho.asset.ImageType.HEADSHOT).count();
    }

    PlannedAsset refused(String reason) {
        return new PlannedAsset(folder, name, categoryId, categoryName, images, tags, values, reason, duplicate);
    }

    PlannedAsset asDuplicate() {
        return new PlannedAsset(folder, name, categoryId, categoryName, images, tags, values, problem, true);
    }
}
