package studio.thresho.asset;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import studio.thresho.asset.category.CategoryKind;
import studio.thresho.asset.category.CategoryNode;
import studio.thresho.asset.category.FieldDefinition;
import studio.thresho.asset.category.FieldType;

/**
 * The few attributes a library preview shows for a category (the library mock-up): talent its role,
 * age range, build and hair; an environment its location type and time of day; lighting its mood
 * and colour temperature; any other category its first two fields with a value.
 */
final class KeyFacts {

    static final Map<CategoryKind, List<String>> BY_KIND = Map.of(
            CategoryKind.TALENT, List.of("role", "age_range", "build", "hair"),
            CategoryKind.ENVIRONMENT, List.of("location_type", "time_of_day"),
            CategoryKind.LIGHTING, List.of("mood", "color_temperature"));
    static final int OTHER_FIELDS = 2;

    private KeyFacts() {
    }

    static Map<String, String> of(CategoryNode category, Map<String, Object> values) {
        Map<String, String> facts = new LinkedHashMap<>();
        if (category == null) {
            return facts;
        }
        List<FieldDefinition> fields = category.effectiveFields();
        List<String> keys = BY_KIND.get(category.kind());
        if (keys != null) {
            keys.forEach(key -> fields.stream().filter(field -> field.key().equals(key)).findFirst()
                    .ifPresent(field -> put(facts, field, values.get(key))));
            return facts;
        }
        fields.stream().filter(field -> field.type() != FieldType.IMAGE && field.type() != FieldType.ASSET_REFERENCE
                        && !field.key().equals("description") && shown(values.get(field.key())) != null)
                .limit(OTHER_FIELDS).forEach(field -> put(facts, field, values.get(field.key())));
        return facts;
    }

    private static void put(Map<String, String> facts, FieldDefinition field, Object value) {
        String shown = shown(value);
        if (shown != null) {
            facts.put(field.label(), shown);
        }
    }

    private static String shown(Object value) {
        if (value == null) {
            return null;
        }
        String text = value instanceof Collection<?> list ? String.join(", ", list.stream().map(String::valueOf).toList()) : value.toString();
        return text.isBlank() ? null : text;
    }
}
