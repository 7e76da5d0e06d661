package studio.thresho.exchange;

import studio.thresho.asset.ImageType;
import studio.thresho.asset.SheetSlot;

/** One image of a planned asset: its path in the import and the role it will have. */
public record PlannedImage(String path, ImageType type, SheetSlot slot) {

    public String role() {
        return slot != null ? slot.label() : type.label();
    }
}
