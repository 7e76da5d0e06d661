package studio.thresho.lora;

import studio.thresho.asset.ImageType;
import studio.thresho.asset.SheetSlot;

/** How a caption names the view of an image: its character-sheet slot, or the headshot. */
final class ViewPhrases {

    private ViewPhrases() {
    }

    /** "profile left", "full body back", "headshot"; null for a reference image, whose view its caption tells. */
    static String of(ImageType type, SheetSlot slot) {
        if (type == ImageType.HEADSHOT) {
            return "headshot";
        }
        if (slot == null) {
            return null;
        }
        return switch (slot) {
            case FRONT_FACE -> "front face close-up";
            case PROFILE_LEFT -> "profile left";
            case PROFILE_RIGHT -> "profile right";
            case FULL_BODY_FRONT -> "full body front";
            case FULL_BODY_BACK -> "full body back";
            case THREE_QUARTER -> "three-quarter view";
            case ACTION_POSE -> "action pose";
            case EXPRESSION -> "expression close-up";
        };
    }
}
