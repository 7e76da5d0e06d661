package studio.thresho.exchange;

import java.util.List;
import java.util.Map;
import studio.thresho.asset.ConsistencySettings;
import studio.thresho.asset.ImageType;
import studio.thresho.asset.PromptFragment;
import studio.thresho.asset.SheetSlot;
import studio.thresho.asset.Source;

/**
 * The {@code asset.json} of an export (format {@value #FORMAT}): the first version's name,
 * category, tags and values at the top, which the plain folder import reads too, then everything
 * a round trip needs: the category path of slugs, the slug, the consistency settings and every
 * exported version with its number, parent, notes, fields, prompt fragments and images (file names
 * relative to the asset's folder).
 *
 * @param archived      the asset was archived (kept, out of the Library's default view)
 * @param activeVersion the version new generations use; one of {@code versions}, or the first one when only that was exported
 */
public record ExportedAsset(int format, String name, String category, List<String> categoryPath, String slug, boolean global,
                            List<String> tags, Map<String, Object> values, String activeVersion, ConsistencySettings consistency,
                            boolean archived, List<Version> versions) {

    public static final int FORMAT = 2;

    public ExportedAsset {
        categoryPath = categoryPath == null ? List.of() : List.copyOf(categoryPath);
        versions = versions == null ? List.of() : List.copyOf(versions);
    }

    /** The active version, else the first one listed. */
    public Version shownVersion() {
        return versions.stream().filter(version -> version.version().equals(activeVersion)).findFirst().orElse(versions.getFirst());
    }

    /** The category slug the asset is filed under: the last of its path. */
    public String categorySlug() {
        return categoryPath.isEmpty() ? null : categoryPath.getLast();
    }

    /**
     * One version.
     *
     * @param parent the version it was saved from, or null for the first
     */
    public record Version(String version, String parent, boolean active, String notes, String name, List<String> categoryPath,
                          Source source, List<String> tags, Map<String, Object> values, List<PromptFragment> fragments,
                          List<Image> images) {

        public Version {
            categoryPath = categoryPath == null ? List.of() : List.copyOf(categoryPath);
            tags = tags == null ? List.of() : tags;
            values = values == null ? Map.of() : values;
            fragments = fragments == null ? List.of() : fragments;
            images = images == null ? List.of() : images;
        }
    }

    /** One image row: its file in the asset's folder, its role and caption. */
    public record Image(String file, ImageType type, SheetSlot slot, String caption) {
    }
}
