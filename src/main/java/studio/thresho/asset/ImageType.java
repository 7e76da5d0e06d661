package studio.thresho.asset;

import java.util.Arrays;
import java.util.Optional;

/** The role of a reference image within an asset ({@code asset_images.image_type}). */
public enum ImageType {
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

    public String dbValue() {
        return dbValue;
    }

    public String label() {
        return label;
    }

    static Optional<ImageType> ofDbValue(String value) {
        return Arrays.stream(values()).filter(type -> type.dbValue.equals(value)).findFirst();
    }
}
