package studio.thresho.asset.category;

/** What a category field holds. */
public enum FieldType {
    TEXT("Text"),
    LONG_TEXT("Long text"),
    NUMBER("Number"),
    BOOLEAN("Yes / no"),
    SINGLE_CHOICE("Single choice"),
    MULTI_CHOICE("Multiple choice"),
    COLOUR("Colour"),
    COLOUR_LIST("Colour list"),
    ASSET_REFERENCE("Reference to an asset"),
    IMAGE("Image");

    private final String label;

    FieldType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean hasOptions() {
        return this == SINGLE_CHOICE || this == MULTI_CHOICE;
    }
}
