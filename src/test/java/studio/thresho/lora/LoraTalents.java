package studio.thresho.lora;

import java.util.List;
import java.util.Map;
import studio.thresho.asset.AssetDetail;
import studio.thresho.asset.AssetDraft;
import studio.thresho.asset.AssetService;
import studio.thresho.asset.ImageDraft;
import studio.thresho.asset.ImageType;
import studio.thresho.asset.SheetSlot;
import studio.thresho.asset.VersionRequest;
import studio.thresho.media.MediaService;
import studio.thresho.media.TestImages;
import studio.thresho.testsupport.Workspace;

/** A talent with a headshot, three sheet views and a reference, as LoRA datasets are made from. */
public final class LoraTalents {

    private LoraTalents() {
    }

    public static AssetDetail withSheet(AssetService assets, MediaService media, Workspace workspace, String name, long seed) {
        List<ImageDraft> images = List.of(
                new ImageDraft(media.ingest("h.jpg", TestImages.jpeg(1600, 1200, seed)).key(), ImageType.HEADSHOT, null, "Headshot"),
                new ImageDraft(media.ingest("f.png", TestImages.png(300, 400, seed + 1)).key(), ImageType.CHARACTER_SHEET, SheetSlot.FRONT_FACE, null),
                new ImageDraft(media.ingest("l.png", TestImages.png(300, 400, seed + 2)).key(), ImageType.CHARACTER_SHEET, SheetSlot.PROFILE_LEFT,
                        "Black apron over a white t-shirt, short beard, grey background"),
                new ImageDraft(media.ingest("b.gif", TestImages.gif(300, 400, seed + 3)).key(), ImageType.CHARACTER_SHEET, SheetSlot.FULL_BODY_BACK, null),
                new ImageDraft(media.ingest("shop.jpg", TestImages.jpeg(200, 150, seed + 4)).key(), ImageType.REFERENCE, null, "At the shop window"));
        AssetDraft draft = new AssetDraft(null, null, workspace.category("talent"), name, null, false, null, List.of("barber"),
                Map.of("physical_description", "Black male, mid-30s, well-groomed full beard", "hair", "Short natural curls",
                        "distinguishing_features", "Small tattoo on right forearm"));
        return assets.save(draft, images, VersionRequest.proposed());
    }
}
