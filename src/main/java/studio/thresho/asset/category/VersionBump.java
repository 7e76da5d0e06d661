package studio.thresho.asset.category;

/**
 * How much a change to an asset matters to the images made from it, and so which part of its
 * semantic version a save increments.
 */
public enum VersionBump {
    /** Metadata only: images made before still match the asset. */
    PATCH("Patch", "metadata only"),
    /** A visual change that keeps the character or place recognisable. */
    MINOR("Minor", "non-breaking visual change"),
    /** A visual change after which earlier images no longer match. */
    MAJOR("Major", "breaking visual change");

    private final String label;
    private final String meaning;

    VersionBump(String label, String meaning) {
        this.label = label;
        this.meaning = meaning;
    }

    public String label() {
        return label;
    }

    public String meaning() {
        return meaning;
    }

    public VersionBump atLeast(VersionBump other) {
        return other != null && other.ordinal() > ordinal() ? other : this;
    }
}
