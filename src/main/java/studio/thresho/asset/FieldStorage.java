package studio.thresho.asset;

import java.util.Map;
import java.util.Optional;
import studio.thresho.asset.category.CategoryKind;
import studio.thresho.asset.category.FieldDefinition;
import studio.thresho.asset.category.FieldType;

/**
 * Where each schema field of an asset is kept. The one table in code that maps the spec's
 * profile tables: image fields live in {@code asset_images}, "description" in the asset row,
 * profile fields in their profile table, everything else in the attributes JSON.
 */
final class FieldStorage {

    enum Place { IMAGES, DESCRIPTION, PROFILE, ATTRIBUTES }

    /** Profile table of a kind and the column of each of its fields. */
    record ProfileTable(String table, Map<String, String> columns) {
    }

    static final Map<CategoryKind, ProfileTable> PROFILES = Map.of(
            CategoryKind.TALENT, new ProfileTable("talent_profiles", Map.of(
                    "physical_description", "physical_description", "age_range", "age_range", "ethnicity", "ethnicity",
                    "build", "build", "hair", "hair", "distinguishing_features", "distinguishing_features",
                    "default_wardrobe", "default_wardrobe", "persona", "persona", "voice_notes", "voice_notes", "role", "role")),
            CategoryKind.ENVIRONMENT, new ProfileTable("environment_profiles", Map.of(
                    "location_type", "location_type", "time_of_day", "time_of_day", "weather_atmosphere", "weather_atmosphere",
                    "key_elements", "key_elements", "color_palette", "color_palette", "default_lighting", "default_lighting_id")),
            CategoryKind.LIGHTING, new ProfileTable("lighting_profiles", Map.of(
                    "technical_setup", "technical_setup", "mood", "mood", "key_light", "key_light", "fill_ambient", "fill_ambient",
                    "color_temperature", "color_temperature", "shadows", "shadow_type")));

    /** Which image type an image field collects. */
    static final Map<String, ImageType> IMAGE_FIELDS = Map.of(
            "headshot", ImageType.HEADSHOT,
            "character_sheet", ImageType.CHARACTER_SHEET,
            "primary_reference", ImageType.REFERENCE,
            "reference_gallery", ImageType.REFERENCE,
            "reference_images", ImageType.REFERENCE,
            "example_images", ImageType.EXAMPLE,
            "mood_board", ImageType.MOOD,
            "texture_references", ImageType.MOOD);

    private FieldStorage() {
    }

    static Place placeOf(CategoryKind kind, FieldDefinition field) {
        if (field.type() == FieldType.IMAGE) {
            return Place.IMAGES;
        }
        if (field.key().equals("description")) {
            return Place.DESCRIPTION;
        }
        if (profileColumn(kind, field.key()).isPresent()) {
            return Place.PROFILE;
        }
        return Place.ATTRIBUTES;
    }

    static Optional<String> profileColumn(CategoryKind kind, String key) {
        ProfileTable table = PROFILES.get(kind);
        return table == null ? Optional.empty() : Optional.ofNullable(table.columns().get(key));
    }

    static ImageType imageTypeOf(String fieldKey) {
        return IMAGE_FIELDS.getOrDefault(fieldKey, ImageType.REFERENCE);
    }

    /** A choice label as the database stores it: "Golden Hour" becomes "golden_hour". */
    static String choiceToDb(String label) {
        return label.trim().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
    }
}
