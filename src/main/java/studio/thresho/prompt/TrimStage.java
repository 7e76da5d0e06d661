package studio.thresho.prompt;

/**
 * What goes when a prompt is too long for its provider, in this order. Within a stage the parts
 * nearest the end of the prompt go first. Talent names and identity descriptions are in no stage.
 */
enum TrimStage {
    /** Brand tokens after the first, then the brand's style descriptors; "[Brand: name - first token]" stays. */
    BRAND_EXTRAS,
    STYLE,
    CAMERA,
    /** Prop descriptions; "with <prop name>" stays. */
    PROP_DESCRIPTIONS,
    /** Everything of the environment but "Set in <name>". */
    ENVIRONMENT_DETAILS,
    /** Key, fill and mood, then the description; the lighting's name stays. */
    LIGHTING_DETAILS,
    /** Persona, interaction and distinguishing features. */
    SECONDARY_TALENT_DETAILS
}
