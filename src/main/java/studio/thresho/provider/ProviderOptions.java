package studio.thresho.provider;

/** Keys of the provider-specific options a generation carries besides its prompt (a talent's Midjourney weights). */
public final class ProviderOptions {

    /** How strongly the character reference binds (Midjourney {@code --cw}/{@code --ow}). */
    public static final String CHARACTER_WEIGHT = "character_weight";
    /** How strongly the style reference binds (Midjourney {@code --sw}). */
    public static final String STYLE_WEIGHT = "style_weight";

    /**
     * The weight an image that is no asset yet binds with as the character reference (the talent
     * wizard's locked headshot): the top of {@code --cw} (0..100), well inside {@code --ow} (1..1000).
     */
    public static final int STRONG_CHARACTER_WEIGHT = 100;

    private ProviderOptions() {
    }
}
