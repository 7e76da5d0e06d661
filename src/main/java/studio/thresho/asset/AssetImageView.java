package studio.thresho.asset;

import java.util.UUID;

/** A reference image as views show it; thumbnails for grids, previews for detail views. */
public record AssetImageView(UUID id, String mediaKey, ImageType type, SheetSlot slot, int sortOrder, String caption) {

    public String thumbnailUrl() {
        return "/media/" + mediaKey + "/thumbnail";
    }

    public String previewUrl() {
        return "/media/" + mediaKey + "/preview";
    }

    public String originalUrl() {
        return "/media/" + mediaKey + "/original";
    }
}
