package studio.thresho.generation.ui;

/** What a pick is for on the Generate page; talent and props take several assets. */
enum Slot {
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

    String label() {
        return label;
    }

    /** The system category whose assets (and sub-categories) fill the slot. */
    String categorySlug() {
        return categorySlug;
    }

    boolean multiple() {
        return multiple;
    }

    /** The role stored on the generation record for the asset. */
    String role() {
        return categorySlug;
    }
}
