package studio.thresho.asset.category;

import java.util.Map;
import java.util.stream.Collectors;
import studio.thresho.base.UserFacingException;

/** Attribute values that do not fit the category's schema, with one message per field key. */
public class AttributeValidationException extends UserFacingException {

    private final Map<String, String> fieldErrors;

    public AttributeValidationException(Map<String, String> fieldErrors) {
        super(message(fieldErrors, Map.of()));
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    /** The same, with the message naming each field by its label ("Age range (has at most 100 characters)"). */
    public AttributeValidationException(Map<String, String> fieldErrors, Map<String, String> labels) {
        super(message(fieldErrors, labels));
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    private static String message(Map<String, String> fieldErrors, Map<String, String> labels) {
        return "Please correct: " + fieldErrors.entrySet().stream()
                .map(error -> labels.getOrDefault(error.getKey(), error.getKey()) + " (" + error.getValue() + ")")
                .collect(Collectors.joining(", "));
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
