package studio.thresho.asset;

import java.util.Optional;
import studio.thresho.base.StoredValue;

/** The role of a reference image within an asset ({@code asset_images.image_type}). */
public enum ImageType implements StoredValue {
    HEADSHOT("headshot", "Headshot"),
    CHARACTER_SHEET("character_sheet", "Character sheet"),
    REFERENCE("reference", "Reference"),
    EXAMPLE("example", "Example"),
    MOOD("mood", "Mood"),
    COMPOSITE("composite", "Composite");

    private final String dbValue;
    private final String label;

    ImageType(String dbValue, String label) {
        this.dbValue = dbValue;
        this.label = label;
    }

    @Override
    public String dbValue() {
        return dbValue;
    }

    @Override
    public String label() {
        return label;
    }

    static Optional<ImageType> ofDbValue(String value) {
        return StoredValue.of(values(), value);
    }
}
