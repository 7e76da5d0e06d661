package studio.thresho.generation;

import studio.thresho.media.MediaUrls;
import studio.thresho.media.MediaVariant;

/**
 * One result of a generation, in the media store, with the seed the provider used when known.
 *
 * @param revisedPrompt the prompt the provider rewrote ours into (DALL-E 3), to show beside it; null when it used ours
 * @param video         an MP4 clip (image-to-video) rather than an image
 */
public record GeneratedImage(String mediaKey, Long seed, String revisedPrompt, boolean video) {

    public GeneratedImage(String mediaKey, Long seed, String revisedPrompt) {
        this(mediaKey, seed, revisedPrompt, false);
    }

    /** The clip or the full image, as stored. */
    public String originalUrl() {
        return MediaUrls.of(mediaKey, MediaVariant.ORIGINAL);
    }

    public String thumbnailUrl() {
        return MediaUrls.of(mediaKey, MediaVariant.THUMBNAIL);
    }

    public String previewUrl() {
        return MediaUrls.of(mediaKey, MediaVariant.PREVIEW);
    }
}
