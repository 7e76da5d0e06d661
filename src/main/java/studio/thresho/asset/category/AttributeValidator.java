package studio.thresho.asset.category;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks attribute values against a list of field definitions, server side, and says per field
 * what is wrong. Whether a referenced asset or image exists is the caller's to check; this checks
 * that the value has the right shape.
 */
public final class AttributeValidator {

    public static final int TEXT_MAX_LENGTH = 500;
    public static final int LONG_TEXT_MAX_LENGTH = 10_000;
    public static final int COLOUR_LIST_MAX = 16;

    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern MEDIA_KEY = Pattern.compile("[0-9a-f]{64}");

    private AttributeValidator() {
    }

    /**
     * @param draft a draft may leave required fields empty; values it has must still be valid
     * @return field key to message; empty when everything is valid
     */
    public static Map<String, String> validate(List<FieldDefinition> fields, Map<String, ?> values, boolean draft) {
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, FieldDefinition> byKey = new LinkedHashMap<>();
        fields.forEach(field -> byKey.put(field.key(), field));
        for (String key : values.keySet()) {
            if (!byKey.containsKey(key)) {
                errors.put(key, "is not a field of this category");
            }
        }
        for (FieldDefinition field : fields) {
            Object value = values.get(field.key());
            if (isEmpty(value)) {
                if (field.required() && !draft) {
                    errors.put(field.key(), "is required");
                }
                continue;
            }
            String problem = problemWith(field, value);
            if (problem != null) {
                errors.put(field.key(), problem);
            }
        }
        return errors;
    }

    /** Like {@link #validate} but throws when anything is wrong. */
    public static void check(List<FieldDefinition> fields, Map<String, ?> values, boolean draft) {
        Map<String, String> errors = validate(fields, values, draft);
        if (!errors.isEmpty()) {
            throw new AttributeValidationException(errors);
        }
    }

    private static boolean isEmpty(Object value) {
        return value == null
                || value instanceof String text && text.isBlank()
                || value instanceof Collection<?> list && list.isEmpty();
    }

    private static String problemWith(FieldDefinition field, Object value) {
        return switch (field.type()) {
            case TEXT -> text(value, TEXT_MAX_LENGTH);
            case LONG_TEXT -> text(value, LONG_TEXT_MAX_LENGTH);
            case NUMBER -> value instanceof Number number && Double.isFinite(number.doubleValue()) ? null : "must be a number";
            case BOOLEAN -> value instanceof Boolean ? null : "must be yes or no";
            case SINGLE_CHOICE -> value instanceof String choice && field.options().contains(choice)
                    ? null : "must be one of " + String.join(", ", field.options());
            case MULTI_CHOICE -> multiChoice(field, value);
            case COLOUR -> value instanceof String colour && COLOUR.matcher(colour).matches() ? null : "must be a colour like #1a2b3c";
            case COLOUR_LIST -> colourList(value);
            case ASSET_REFERENCE -> value instanceof String id && UUID.matcher(id).matches() ? null : "must refer to an asset";
            case IMAGE -> value instanceof String key && MEDIA_KEY.matcher(key).matches() ? null : "must be an uploaded image";
        };
    }

    private static String text(Object value, int maxLength) {
        if (!(value instanceof String text)) {
            return "must be text";
        }
        return text.length() > maxLength ? "has at most " + maxLength + " characters" : null;
    }

    private static String multiChoice(FieldDefinition field, Object value) {
        if (!(value instanceof Collection<?> choices)) {
            return "must be a list of choices";
        }
        if (!field.options().containsAll(choices)) {
            return "may only contain " + String.join(", ", field.options());
        }
        return new HashSet<>(choices).size() == choices.size() ? null : "lists a choice twice";
    }

    private static String colourList(Object value) {
        if (!(value instanceof Collection<?> colours)) {
            return "must be a list of colours";
        }
        if (colours.size() > COLOUR_LIST_MAX) {
            return "has at most " + COLOUR_LIST_MAX + " colours";
        }
        boolean allColours = colours.stream().allMatch(colour -> colour instanceof String text && COLOUR.matcher(text).matches());
        return allColours ? null : "must contain colours like #1a2b3c";
    }
}
