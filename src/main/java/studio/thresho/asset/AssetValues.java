package studio.thresho.asset;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import studio.thresho.asset.category.AttributeValidationException;
import studio.thresho.asset.category.AttributeValidator;
import studio.thresho.asset.category.CategoryKind;
import studio.thresho.asset.category.CategoryNode;
import studio.thresho.asset.category.FieldDefinition;
import studio.thresho.asset.category.FieldType;
import studio.thresho.media.PaletteExtractor;

/**
 * The values a save writes: checked against the category's schema (a message per field), empty
 * ones and image fields dropped, an environment's default lighting checked to be a lighting setup,
 * and a new primary reference image's palette taken for an environment without one.
 */
@Component
class AssetValues {

    static final String PALETTE_FIELD = "color_palette";

    private final AssetReader reader;
    private final AssetLineageRepository lineages;
    private final PaletteExtractor palettes;

    AssetValues(AssetReader reader, AssetLineageRepository lineages, PaletteExtractor palettes) {
        this.reader = reader;
        this.lineages = lineages;
        this.palettes = palettes;
    }

    /**
     * @param images the images the version will have
     * @param before those of the version it builds on, or null for a new asset
     */
    Map<String, Object> check(CategoryNode category, Map<String, Object> raw, ImageSet images, ImageSet before) {
        return checkValues(category, withPalette(category, raw, images, before));
    }

    /** Validates the shape of every value; drops empty ones and image fields (managed as images). */
    private Map<String, Object> checkValues(CategoryNode category, Map<String, Object> raw) {
        List<FieldDefinition> fields = category.effectiveFields().stream().filter(field -> field.type() != FieldType.IMAGE).toList();
        boolean describedBySchema = fields.stream().anyMatch(field -> field.key().equals("description"));
        Map<String, Object> values = new HashMap<>();
        raw.forEach((key, value) -> {
            if (value != null && !(value instanceof String text && text.isBlank())
                    && category.effectiveFields().stream().noneMatch(f -> f.key().equals(key) && f.type() == FieldType.IMAGE)) {
                values.put(key, value instanceof String text ? text.trim() : value);
            }
        });
        Map<String, Object> checked = new HashMap<>(values);
        Object description = checked.get("description");
        if (!describedBySchema) {
            checked.remove("description");
        }
        Map<String, String> errors = new LinkedHashMap<>(AttributeValidator.validate(fields, checked, true));
        if (description != null && description.toString().length() > AssetRules.DESCRIPTION_MAX_LENGTH) {
            errors.put("description", "has at most " + AssetRules.DESCRIPTION_MAX_LENGTH + " characters");
        }
        for (FieldDefinition field : fields) {
            int limit = AssetRules.textLimit(category.kind(), field);
            if (!errors.containsKey(field.key()) && checked.get(field.key()) instanceof String text && text.length() > limit) {
                errors.put(field.key(), "has at most " + limit + " characters");
            }
        }
        checkLightingReference(category, values, errors);
        if (!errors.isEmpty()) {
            Map<String, String> labels = new HashMap<>();
            fields.forEach(field -> labels.put(field.key(), field.label()));
            throw new AttributeValidationException(errors, labels);
        }
        return values;
    }

    private void checkLightingReference(CategoryNode category, Map<String, Object> values, Map<String, String> errors) {
        if (category.kind() != CategoryKind.ENVIRONMENT || !(values.get("default_lighting") instanceof String id) || errors.containsKey("default_lighting")) {
            return;
        }
        boolean isLighting = lineages.findById(UUID.fromString(id))
                .map(lineage -> reader.category(lineage.getCategoryId()).kind() == CategoryKind.LIGHTING).orElse(false);
        if (!isLighting) {
            errors.put("default_lighting", "must be a lighting setup of the library");
        }
    }

    /**
     * An environment without a colour palette takes the dominant colours of its primary reference
     * image when that image is new; the palette stays editable.
     */
    private Map<String, Object> withPalette(CategoryNode category, Map<String, Object> values, ImageSet images, ImageSet before) {
        if (category.kind() != CategoryKind.ENVIRONMENT || values.get(PALETTE_FIELD) instanceof Collection<?> palette && !palette.isEmpty()) {
            return values;
        }
        String primary = firstReference(images);
        if (primary == null || before != null && primary.equals(firstReference(before))) {
            return values;
        }
        Map<String, Object> withPalette = new HashMap<>(values);
        withPalette.put(PALETTE_FIELD, palettes.extract(primary));
        return withPalette;
    }

    private static String firstReference(ImageSet images) {
        return images.images().stream().filter(image -> image.type() == ImageType.REFERENCE).map(ImageDraft::mediaKey).findFirst().orElse(null);
    }
}
