package studio.thresho.prompt;

/** What a reference image tells the provider to keep. */
public enum ReferenceRole {
    CHARACTER, STYLE, ENVIRONMENT, PROP
}
