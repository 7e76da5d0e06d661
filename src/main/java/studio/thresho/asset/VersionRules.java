package studio.thresho.asset;

import static java.util.Map.entry;
import static studio.thresho.asset.category.VersionBump.MAJOR;
import static studio.thresho.asset.category.VersionBump.MINOR;
import static studio.thresho.asset.category.VersionBump.PATCH;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import studio.thresho.asset.category.CategoryKind;
import studio.thresho.asset.category.FieldDefinition;
import studio.thresho.asset.category.FieldType;
import studio.thresho.asset.category.VersionBump;

/**
 * Which version bump a change calls for (FR-11.1). Patch: metadata only. Minor: a visual change
 * that keeps earlier images valid. Major: a visual change after which earlier images no longer
 * match. This class is the one place the rule lives; the README repeats its table.
 */
public final class VersionRules {

    /** Fields every asset has, outside its category schema. */
    static final Map<String, VersionBump> COMMON_FIELDS = Map.of(
            "name", PATCH, "slug", PATCH, "category", PATCH, "source", PATCH, "tags", PATCH, "description", PATCH,
            "prompt_fragments", PATCH);

    /** The system fields of each kind; a system field not listed here is minor. */
    static final Map<CategoryKind, Map<String, VersionBump>> SYSTEM_FIELDS = Map.of(
            CategoryKind.TALENT, Map.ofEntries(
                    entry("physical_description", MAJOR), entry("hair", MAJOR), entry("build", MAJOR), entry("age_range", MAJOR),
                    entry("ethnicity", MAJOR), entry("default_wardrobe", MINOR), entry("distinguishing_features", MINOR),
                    entry("persona", PATCH), entry("voice_notes", PATCH),
                    entry("role", PATCH)),
            CategoryKind.ENVIRONMENT, Map.ofEntries(
                    entry("description", PATCH), entry("location_type", MAJOR), entry("time_of_day", MINOR),
                    entry("weather_atmosphere", MINOR), entry("key_elements", MINOR), entry("color_palette", MINOR),
                    entry("default_lighting", MINOR)),
            CategoryKind.LIGHTING, Map.ofEntries(
                    entry("description", PATCH), entry("technical_setup", PATCH), entry("key_light", MAJOR),
                    entry("color_temperature", MAJOR), entry("fill_ambient", MINOR), entry("mood", MINOR), entry("shadows", MINOR)),
            CategoryKind.PROPS, Map.of("description", PATCH, "scale", MINOR, "material", MINOR),
            CategoryKind.WARDROBE, Map.of("style_description", MINOR, "colors", MINOR, "fit", MINOR),
            CategoryKind.CAMERA, Map.of("specs", MINOR, "look_description", MINOR),
            CategoryKind.STYLE, Map.of("description", PATCH, "color_palette", MINOR));

    /** Image changes: replacing or removing an identity image is major; any other image change minor; captions patch. */
    static final VersionBump IDENTITY_IMAGE_REPLACED = MAJOR;
    static final VersionBump IMAGE_ADDED_REMOVED_OR_REORDERED = MINOR;
    static final VersionBump CAPTION_CHANGED = PATCH;

    private VersionRules() {
    }

    /** The bump a change of the field calls for: the table for system fields, the field's own class for custom ones. */
    public static VersionBump bumpOf(CategoryKind kind, FieldDefinition field) {
        if (!field.system()) {
            return field.versionBump();
        }
        return SYSTEM_FIELDS.getOrDefault(kind, Map.of()).getOrDefault(field.key(), COMMON_FIELDS.getOrDefault(field.key(), MINOR));
    }

    /** How changing the images of an image field counts, in words for the category editor. */
    public static String imageFieldRule(CategoryKind kind, FieldDefinition field) {
        boolean identity = field.key().equals("headshot") || field.key().equals("character_sheet")
                || kind == CategoryKind.ENVIRONMENT && field.key().equals("primary_reference");
        return identity ? "Major if replaced or removed, minor if added" : "Minor; captions patch";
    }

    /** Every difference from {@code before} to {@code after}, in the order of the form. */
    static List<VersionChange> changes(CategoryKind kind, List<FieldDefinition> fields, VersionContent before, VersionContent after) {
        List<VersionChange> changes = new ArrayList<>();
        common(changes, "Name", before.name(), after.name(), "name");
        common(changes, "Slug", before.slug(), after.slug(), "slug");
        if (!Objects.equals(before.categoryId(), after.categoryId())) {
            changes.add(new VersionChange("Category", "moved to " + after.categoryName(), COMMON_FIELDS.get("category")));
        }
        common(changes, "Source", before.source(), after.source(), "source");
        tags(changes, before.tags(), after.tags());
        boolean describedBySchema = fields.stream().anyMatch(field -> field.key().equals("description"));
        if (!describedBySchema) {
            common(changes, "Description", before.values().get("description"), after.values().get("description"), "description");
        }
        for (FieldDefinition field : fields) {
            if (field.type() == FieldType.IMAGE) {
                continue;
            }
            Object old = before.values().get(field.key());
            Object now = after.values().get(field.key());
            if (!Objects.equals(old, now)) {
                changes.add(new VersionChange(field.label(), old == null ? "added" : now == null ? "cleared" : "changed", bumpOf(kind, field)));
            }
        }
        images(changes, kind, before.images(), after.images());
        if (!Objects.equals(before.fragments(), after.fragments())) {
            changes.add(new VersionChange("Prompt fragments", "changed", COMMON_FIELDS.get("prompt_fragments")));
        }
        return changes;
    }

    private static void common(List<VersionChange> changes, String subject, Object before, Object after, String key) {
        if (!Objects.equals(before, after)) {
            changes.add(new VersionChange(subject, before == null ? "added" : after == null ? "cleared" : "changed", COMMON_FIELDS.get(key)));
        }
    }

    private static void tags(List<VersionChange> changes, List<String> before, List<String> after) {
        List<String> added = after.stream().filter(tag -> !before.contains(tag)).toList();
        List<String> removed = before.stream().filter(tag -> !after.contains(tag)).toList();
        List<String> parts = new ArrayList<>();
        if (!added.isEmpty()) {
            parts.add("added " + String.join(", ", added));
        }
        if (!removed.isEmpty()) {
            parts.add("removed " + String.join(", ", removed));
        }
        if (!parts.isEmpty()) {
            changes.add(new VersionChange("Tags", String.join(", ", parts), COMMON_FIELDS.get("tags")));
        }
    }

    private static void images(List<VersionChange> changes, CategoryKind kind, List<ImageDraft> before, List<ImageDraft> after) {
        identityImage(changes, "Headshot", headshot(before), headshot(after));
        for (SheetSlot slot : SheetSlot.values()) {
            identityImage(changes, slot.label() + " view", sheetView(before, slot), sheetView(after, slot));
        }
        if (kind == CategoryKind.ENVIRONMENT) {
            identityImage(changes, "Primary reference", firstReference(before), firstReference(after));
        }
        List<String> beforeKeys = others(before, kind);
        List<String> afterKeys = others(after, kind);
        long added = afterKeys.stream().filter(key -> !beforeKeys.contains(key)).count();
        long removed = beforeKeys.stream().filter(key -> !afterKeys.contains(key)).count();
        if (added > 0) {
            changes.add(new VersionChange("Images", added + " added", IMAGE_ADDED_REMOVED_OR_REORDERED));
        }
        if (removed > 0) {
            changes.add(new VersionChange("Images", removed + " removed", IMAGE_ADDED_REMOVED_OR_REORDERED));
        }
        List<String> allBefore = keys(before);
        List<String> allAfter = keys(after);
        if (!allBefore.equals(allAfter) && allBefore.stream().sorted().toList().equals(allAfter.stream().sorted().toList())) {
            changes.add(new VersionChange("Images", "reordered", IMAGE_ADDED_REMOVED_OR_REORDERED));
        }
        if (allBefore.equals(allAfter) && !before.stream().map(ImageDraft::caption).toList().equals(after.stream().map(ImageDraft::caption).toList())) {
            changes.add(new VersionChange("Captions", "changed", CAPTION_CHANGED));
        }
    }

    /** Adding the first headshot or view fills a gap (minor); replacing or removing one changes who the asset is (major). */
    private static void identityImage(List<VersionChange> changes, String subject, Optional<ImageDraft> before, Optional<ImageDraft> after) {
        String old = before.map(ImageDraft::mediaKey).orElse(null);
        String now = after.map(ImageDraft::mediaKey).orElse(null);
        if (Objects.equals(old, now)) {
            return;
        }
        if (old == null) {
            changes.add(new VersionChange(subject, "added", IMAGE_ADDED_REMOVED_OR_REORDERED));
        } else {
            changes.add(new VersionChange(subject, now == null ? "removed" : "replaced", IDENTITY_IMAGE_REPLACED));
        }
    }

    private static Optional<ImageDraft> headshot(List<ImageDraft> images) {
        return images.stream().filter(image -> image.type() == ImageType.HEADSHOT).findFirst();
    }

    private static Optional<ImageDraft> sheetView(List<ImageDraft> images, SheetSlot slot) {
        return images.stream().filter(image -> image.type() == ImageType.CHARACTER_SHEET && image.slot() == slot).findFirst();
    }

    private static Optional<ImageDraft> firstReference(List<ImageDraft> images) {
        return images.stream().filter(image -> image.type() == ImageType.REFERENCE).findFirst();
    }

    /** Media keys of the images that are not an identity image, in order. */
    private static List<String> others(List<ImageDraft> images, CategoryKind kind) {
        String primary = kind == CategoryKind.ENVIRONMENT ? firstReference(images).map(ImageDraft::mediaKey).orElse(null) : null;
        return images.stream().filter(image -> image.type() != ImageType.HEADSHOT && image.type() != ImageType.CHARACTER_SHEET)
                .map(ImageDraft::mediaKey).filter(key -> !key.equals(primary)).toList();
    }

    private static List<String> keys(List<ImageDraft> images) {
        return images.stream().map(ImageDraft::mediaKey).toList();
    }
}
