package studio.thresho.prompt;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import studio.thresho.asset.AssetDetail;
import studio.thresho.asset.AssetImageView;
import studio.thresho.asset.Completeness;
import studio.thresho.asset.ImageType;
import studio.thresho.asset.SheetSlot;
import studio.thresho.asset.category.CategoryKind;

/** Builds the asset versions prompt assembly reads: a kind, a name, field values and images. */
public final class TestAssets {

    private TestAssets() {
    }

    public static AssetDetail asset(CategoryKind kind, String name, Map<String, Object> values) {
        return asset(kind, name, values, List.of());
    }

    public static AssetDetail asset(CategoryKind kind, String name, Map<String, Object> values, List<AssetImageView> images) {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        return new AssetDetail(UUID.randomUUID(), UUID.randomUUID(), 0, UUID.randomUUID(), kind.name(), kind, name,
                name.toLowerCase().replace(' ', '-'), null, List.of(), null, "1.0.0", now, now, 0, false, List.of(), values,
                images, new Completeness(true, List.of()), true, true, 1, null, false, false);
    }

    static AssetImageView image(String mediaKey, ImageType type, int sortOrder) {
        return new AssetImageView(UUID.randomUUID(), mediaKey, type, null, sortOrder, null);
    }

    static AssetImageView sheetView(String mediaKey, SheetSlot slot, int sortOrder) {
        return new AssetImageView(UUID.randomUUID(), mediaKey, ImageType.CHARACTER_SHEET, slot, sortOrder, null);
    }
}
