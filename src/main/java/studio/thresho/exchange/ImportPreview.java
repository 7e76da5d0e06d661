package studio.thresho.exchange;

import java.util.List;

/**
 * What an import will do, shown before anything is created.
 *
 * @param skipped files that are not imported, each with the reason (not an image, not in a folder)
 */
public record ImportPreview(List<PlannedAsset> assets, List<String> skipped) {

    public long importable() {
        return assets.stream().filter(PlannedAsset::importable).count();
    }

    public String summary() {
        long duplicates = assets.stream().filter(PlannedAsset::duplicate).count();
        long refused = assets.stream().filter(asset -> asset.problem() != null).count();
        return importable() + " to create, " + duplicates + " already in the library, " + refused + " refused"
                + (skipped.isEmpty() ? "" : ", " + skipped.size() + " files skipped");
    }
}
