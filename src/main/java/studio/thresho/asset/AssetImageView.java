package studio.thresho.asset;

import java.util.UUID;
import studio.thresho.media.MediaUrls;
import studio.thresho.media.MediaVariant;

/** A reference image as views show it; thumbnails for grids, previews for detail views. */
public record AssetImageView(UUID id, String mediaKey, ImageType type, SheetSlot slot, int sortOrder, String caption) {

    public String thumbnailUrl() {
        return MediaUrls.of(mediaKey, MediaVariant.THUMBNAIL);
    }

    public String previewUrl() {
        return MediaUrls.of(mediaKey, MediaVariant.PREVIEW);
    }

    public String originalUrl() {
        return MediaUrls.of(mediaKey, MediaVariant.ORIGINAL);
    }
}
