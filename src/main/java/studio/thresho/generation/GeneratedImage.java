package studio.thresho.generation;

import studio.thresho.media.MediaUrls;
import studio.thresho.media.MediaVariant;

/**
 * One result of a generation, in the media store, with the seed the provider used when known.
 *
 * @param revisedPrompt the prompt the provider rewrote ours into (DALL-E 3), to show beside it; null when it used ours
 */
public record GeneratedImage(String mediaKey, Long seed, String revisedPrompt) {

    public String thumbnailUrl() {
        return MediaUrls.of(mediaKey, MediaVariant.THUMBNAIL);
    }

    public String previewUrl() {
        return MediaUrls.of(mediaKey, MediaVariant.PREVIEW);
    }
}
