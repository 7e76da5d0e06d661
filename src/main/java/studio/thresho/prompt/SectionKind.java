package studio.thresho.prompt;

/** The sections of an assembled prompt, in the order they appear in it. */
public enum SectionKind {
    SUBJECT, SHOT, SETTING, LIGHTING, PROPS, CAMERA, STYLE, BRAND
}
