package studio.thresho.asset;

import java.util.List;
import studio.thresho.asset.category.VersionBump;

/** Two versions of one asset side by side: every field, and the images slot by slot. */
public record VersionComparison(AssetDetail left, AssetDetail right, List<FieldRow> fields, List<ImageRow> images) {

    /**
     * @param bump what the change calls for, null when both sides are equal
     */
    public record FieldRow(String label, String left, String right, VersionBump bump) {

        public boolean changed() {
            return bump != null;
        }
    }

    public enum ImageStatus {
        SAME, CHANGED, ADDED, REMOVED
    }

    /**
     * @param slot what the image is: "Headshot", "Profile left view", "Reference"
     */
    public record ImageRow(String slot, AssetImageView left, AssetImageView right, ImageStatus status) {
    }

    public long changedFields() {
        return fields.stream().filter(FieldRow::changed).count();
    }
}
