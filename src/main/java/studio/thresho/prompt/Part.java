package studio.thresho.prompt;

/**
 * One value a section is written from, kept apart so that duplicate phrases can be removed from it
 * and the length budget can drop it before the section's sentences are built.
 *
 * @param dedupable whether repeated phrases may be removed from it (never from names and identities)
 * @param trim      when the length budget may drop it; {@code null} for never
 */
record Part(String key, String text, boolean dedupable, Trim trim) {

    /** When a part may be dropped, and how {@link PromptResult#trimmed()} names it. */
    record Trim(TrimStage stage, String label) {
    }

    /** A name or identity: kept verbatim. */
    static Part fixed(String key, String text) {
        return new Part(key, text, false, null);
    }

    /** Kept whatever the length, but repeated phrases may go. */
    static Part kept(String key, String text) {
        return new Part(key, text, true, null);
    }

    static Part trimmable(String key, String text, TrimStage stage, String label) {
        return new Part(key, text, true, new Trim(stage, label));
    }

    Part withText(String newText) {
        return new Part(key, newText, dedupable, trim);
    }
}
