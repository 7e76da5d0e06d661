package studio.thresho.asset;

/** Where an asset's prompt fragment goes ({@code asset_prompt_fragments.fragment_type}). */
public enum FragmentType {
    /** Replaces the asset's own descriptive clause. */
    BASE,
    /** Added to the style section. */
    STYLE,
    /** Added to the camera section. */
    TECHNICAL
}
