package studio.thresho.generation;

import studio.thresho.media.MediaUrls;
import studio.thresho.media.MediaVariant;

/** One result of a generation, in the media store, with the seed the provider used when known. */
public record GeneratedImage(String mediaKey, Long seed) {

    public String thumbnailUrl() {
        return MediaUrls.of(mediaKey, MediaVariant.THUMBNAIL);
    }

    public String previewUrl() {
        return MediaUrls.of(mediaKey, MediaVariant.PREVIEW);
    }
}
