package studio.thresho.asset;

import studio.thresho.media.MediaUrls;
import studio.thresho.media.MediaVariant;

/**
 * One image of an asset as an edit form holds it before saving: the stored media file and its
 * role. Versions share media files, so a new version only adds rows pointing at the same keys.
 */
public record ImageDraft(String mediaKey, ImageType type, SheetSlot slot, String caption) {

    public static ImageDraft of(AssetImageView image) {
        return new ImageDraft(image.mediaKey(), image.type(), image.slot(), image.caption());
    }

    public String thumbnailUrl() {
        return MediaUrls.of(mediaKey, MediaVariant.THUMBNAIL);
    }

    /** Whether the two images fill the same place: the headshot, one sheet view, or the same file otherwise. */
    boolean samePlace(ImageDraft other) {
        if (type != other.type) {
            return false;
        }
        return switch (type) {
            case HEADSHOT, COMPOSITE -> true;
            case CHARACTER_SHEET -> slot == other.slot;
            default -> mediaKey.equals(other.mediaKey);
        };
    }
}
