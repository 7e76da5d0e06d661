package studio.thresho.brand;

import java.util.List;
import java.util.Map;
import studio.thresho.asset.category.AttributeValidationException;

/** Limits of a brand profile's fields. */
public final class BrandRules {

    public static final int NAME_MAX_LENGTH = 120;
    public static final int TEXT_MAX_LENGTH = 1_000;
    public static final int MAX_TOKENS = 20;

    private BrandRules() {
    }

    static String checkName(String raw) {
        String name = raw == null ? "" : raw.trim();
        if (name.isEmpty()) {
            throw new AttributeValidationException(Map.of("name", "is required"));
        }
        if (name.length() > NAME_MAX_LENGTH) {
            throw new AttributeValidationException(Map.of("name", "has at most " + NAME_MAX_LENGTH + " characters"));
        }
        return name;
    }

    static String checkText(String key, String raw) {
        String text = raw == null || raw.isBlank() ? null : raw.trim();
        if (text != null && text.length() > TEXT_MAX_LENGTH) {
            throw new AttributeValidationException(Map.of(key, "has at most " + TEXT_MAX_LENGTH + " characters"));
        }
        return text;
    }

    /** Comma-separated phrases, trimmed, without empty ones or repeats. */
    static List<String> checkTokens(String raw) {
        List<String> tokens = raw == null ? List.of() : java.util.Arrays.stream(raw.split(","))
                .map(String::trim).filter(token -> !token.isEmpty()).distinct().toList();
        if (tokens.size() > MAX_TOKENS) {
            throw new AttributeValidationException(Map.of("tokens", "has at most " + MAX_TOKENS + " phrases"));
        }
        if (String.join(", ", tokens).length() > TEXT_MAX_LENGTH) {
            throw new AttributeValidationException(Map.of("tokens", "has at most " + TEXT_MAX_LENGTH + " characters"));
        }
        return tokens;
    }
}
