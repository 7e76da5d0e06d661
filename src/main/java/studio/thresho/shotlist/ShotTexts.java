package studio.thresho.shotlist;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import studio.thresho.base.UserFacingException;

/** Checks of what people type into lists and rows: too long is refused with a message, never cut. */
final class ShotTexts {

    private ShotTexts() {
    }

    /** The trimmed text, null when blank; refused beyond {@code max} characters. */
    static String optional(String label, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() > max) {
            throw new UserFacingException(label + " can hold at most " + max + " characters; this has " + trimmed.length() + ".");
        }
        return trimmed;
    }

    static String required(String label, String value, int max) {
        String checked = optional(label, value, max);
        if (checked == null) {
            throw new UserFacingException(label + " is required.");
        }
        return checked;
    }

    static BigDecimal duration(BigDecimal seconds) {
        if (seconds == null) {
            return null;
        }
        if (seconds.signum() < 0 || seconds.compareTo(BigDecimal.valueOf(ShotLimits.MAX_DURATION_SECONDS)) > 0) {
            throw new UserFacingException("A duration is between 0 and " + ShotLimits.MAX_DURATION_SECONDS + " seconds.");
        }
        return seconds.setScale(2, java.math.RoundingMode.HALF_UP);
    }

    /** A chip's context: blank values left out, each value within what a context field holds. */
    static Map<String, String> context(Map<String, String> given) {
        Map<String, String> context = new LinkedHashMap<>();
        given.forEach((key, value) -> {
            String checked = optional("A context field", value, ShotLimits.CONTEXT_VALUE_MAX_LENGTH);
            if (checked != null) {
                context.put(key, checked);
            }
        });
        return context;
    }
}
