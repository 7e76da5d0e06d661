package studio.thresho.generation;

import studio.thresho.asset.ImageType;
import studio.thresho.asset.SheetSlot;
import studio.thresho.base.UserFacingException;

/**
 * Where a saved result goes among an asset's images: its role, and for a character-sheet view
 * which of the named views it fills.
 *
 * @param view the character-sheet view; null for every other role
 */
public record ResultPlacement(ImageType role, SheetSlot view) {

    public ResultPlacement {
        if (role == null || role == ImageType.COMPOSITE) {
            throw new UserFacingException("Choose what the image is for the asset: headshot, character-sheet view, reference, example or mood.");
        }
        if (role == ImageType.CHARACTER_SHEET && view == null) {
            throw new UserFacingException("Choose which character-sheet view the image shows.");
        }
        view = role == ImageType.CHARACTER_SHEET ? view : null;
    }

    public static ResultPlacement reference() {
        return new ResultPlacement(ImageType.REFERENCE, null);
    }

    public static ResultPlacement headshot() {
        return new ResultPlacement(ImageType.HEADSHOT, null);
    }

    public static ResultPlacement sheetView(SheetSlot view) {
        return new ResultPlacement(ImageType.CHARACTER_SHEET, view);
    }

    /** "the headshot", "the Front face view", "a reference image": for messages and version notes. */
    public String describe() {
        return switch (role) {
            case HEADSHOT -> "the headshot";
            case CHARACTER_SHEET -> "the " + view.label() + " view";
            case REFERENCE -> "a reference image";
            case EXAMPLE -> "an example image";
            case MOOD -> "a mood image";
            case COMPOSITE -> throw new IllegalStateException("a composite is rendered, never placed");
        };
    }
}
