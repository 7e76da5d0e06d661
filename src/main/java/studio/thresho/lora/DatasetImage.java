package studio.thresho.lora;

import java.util.UUID;
import studio.thresho.asset.ImageType;
import studio.thresho.asset.SheetSlot;
import studio.thresho.media.MediaUrls;
import studio.thresho.media.MediaVariant;

/**
 * One image of a training dataset with its caption.
 *
 * @param baseName      the file name without extension, shared by the image and its caption ("marcus-02-profile-left")
 * @param sourceCaption the caption the image has in the library, which the suggestion reads what varies from
 * @param suggested     the caption the rules wrote
 * @param caption       the caption exported: the user's when edited, else the suggestion
 */
public record DatasetImage(UUID imageId, String mediaKey, ImageType type, SheetSlot slot, String baseName, String sourceCaption,
                           String suggested, String caption, Integer width, Integer height) {

    public boolean edited() {
        return !caption.equals(suggested);
    }

    public String thumbnailUrl() {
        return MediaUrls.of(mediaKey, MediaVariant.THUMBNAIL);
    }

    /** "Headshot", "Profile left", "Reference". */
    public String role() {
        return slot != null ? slot.label() : type.label();
    }
}
