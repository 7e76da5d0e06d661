package studio.thresho.prompt;

import java.util.Objects;

/**
 * What prompt assembly needs to know of a provider: how long a prompt may be and what it accepts
 * besides text.
 *
 * @param maxPromptLength in characters; a longer prompt is trimmed to fit
 * @param maxReferences   how many reference images to offer at most
 */
public record ProviderProfile(String providerId, int maxPromptLength, boolean negativePrompt, boolean imageReferences,
                              int maxReferences) {

    /** The offline storyboard renderer: no model reads the text, so the budget is generous. */
    public static final ProviderProfile STORYBOARD = new ProviderProfile("storyboard", 4000, false, true, 8);

    /** OpenAI documents 4000 characters for DALL-E 3; it takes text only. */
    public static final ProviderProfile DALL_E_3 = new ProviderProfile("dall-e-3", 4000, false, false, 0);

    /**
     * Flux reads at most 512 T5 tokens and ignores the rest; at about 4 characters a token that is
     * 2000 characters. No negative prompt; Kontext takes up to 4 input images.
     */
    public static final ProviderProfile FLUX = new ProviderProfile("flux", 2000, false, true, 4);

    /**
     * Midjourney's prompt travels as a Discord command option, capped at 6000 characters; it takes
     * negatives as {@code --no}. No documented cap on --cref/--sref URLs: 4 keeps the command readable.
     */
    public static final ProviderProfile MIDJOURNEY = new ProviderProfile("midjourney", 6000, true, true, 4);

    public ProviderProfile {
        Objects.requireNonNull(providerId, "providerId");
        if (maxPromptLength <= 0) {
            throw new IllegalArgumentException("maxPromptLength must be positive: " + maxPromptLength);
        }
        if (maxReferences < 0) {
            throw new IllegalArgumentException("maxReferences must not be negative: " + maxReferences);
        }
    }
}
