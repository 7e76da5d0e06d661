package studio.thresho.provider;

/** Keys of the provider-specific options a generation carries besides its prompt (a talent's Midjourney weights). */
public final class ProviderOptions {

    /** How strongly the character reference binds (Midjourney {@code --cw}/{@code --ow}). */
    public static final String CHARACTER_WEIGHT = "character_weight";
    /** How strongly the style reference binds (Midjourney {@code --sw}). */
    public static final String STYLE_WEIGHT = "style_weight";

    private ProviderOptions() {
    }
}
