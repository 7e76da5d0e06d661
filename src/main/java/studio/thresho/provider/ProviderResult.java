package studio.thresho.provider;

/**
 * One generated image or video: either where to download it, or already in the media store.
 *
 * @param downloadUrl   a provider link (it may expire within minutes), or null
 * @param mediaKey      the media store key when the provider stored it itself, or null
 * @param seed          the seed the provider used, when it says
 * @param revisedPrompt the prompt the provider actually used when it rewrote ours (DALL-E 3 does), else null
 */
public record ProviderResult(String downloadUrl, String mediaKey, Long seed, String revisedPrompt) {

    public ProviderResult(String downloadUrl, String mediaKey, Long seed) {
        this(downloadUrl, mediaKey, seed, null);
    }

    public static ProviderResult stored(String mediaKey, Long seed) {
        return new ProviderResult(null, mediaKey, seed);
    }
}
