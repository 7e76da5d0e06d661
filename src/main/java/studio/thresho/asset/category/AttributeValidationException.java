package studio.thresho.asset.category;

import java.util.Map;
import java.util.stream.Collectors;
import studio.thresho.base.UserFacingException;

/** Attribute values that do not fit the category's schema, with one message per field key. */
public class AttributeValidationException extends UserFacingException {

    private final Map<String, String> fieldErrors;

    public AttributeValidationException(Map<String, String> fieldErrors) {
        super("Please correct: " + fieldErrors.entrySet().stream()
                .map(error -> error.getKey() + " (" + error.getValue() + ")").collect(Collectors.joining(", ")));
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
