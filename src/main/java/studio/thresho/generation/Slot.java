package studio.thresho.generation;

/** What a pick is for in a generation (the Generate page, a shot's cast); talent and props take several assets. */
public enum Slot {
    TALENT("Talent", "talent", true),
    ENVIRONMENT("Environment", "environment", false),
    LIGHTING("Lighting", "lighting", false),
    PROPS("Props", "props", true),
    CAMERA("Camera / lens", "camera", false),
    STYLE("Style reference", "style", false);

    private final String label;
    private final String categorySlug;
    private final boolean multiple;

    Slot(String label, String categorySlug, boolean multiple) {
        this.label = label;
        this.categorySlug = categorySlug;
        this.multiple = multiple;
    }

    public String label() {
        return label;
    }

    /** The system category whose assets (and sub-categories) fill the slot. */
    public String categorySlug() {
        return categorySlug;
    }

    public boolean multiple() {
        return multiple;
    }

    /** The role stored on the generation record for the asset. */
    public String role() {
        return categorySlug;
    }
}
