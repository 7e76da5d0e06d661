package studio.thresho.prompt;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the shot framing ("medium shot", "close-up") in a talent's position or a shot list's shot type. */
final class Framing {

    private static final Pattern SHOT = Pattern.compile(
            "(?i)^(?:an? )?((?:[\\p{L}-]+ ){0,3}shot|(?:extreme |medium )?close[- ]?up)$");

    /** A position split into the framing it names, if any, and the rest of it. */
    record Split(String framing, String rest) {
    }

    private Framing() {
    }

    /** "medium shot, facing camera at 3/4 angle" becomes "medium shot" and "facing camera at 3/4 angle". */
    static Split ofPosition(String position) {
        String cleaned = Text.embedded(position);
        if (cleaned == null) {
            return new Split(null, null);
        }
        String framing = null;
        List<String> rest = new ArrayList<>();
        for (String piece : cleaned.split(",")) {
            Matcher shot = SHOT.matcher(piece.trim());
            if (framing == null && shot.matches()) {
                framing = lowerCaseWords(shot.group(1));
            } else {
                rest.add(piece.trim());
            }
        }
        return new Split(framing, Text.clean(String.join(", ", rest)));
    }

    /** "Medium" becomes "medium shot", "Close-up" stays a close-up; {@code null} without a shot type. */
    static String ofShotType(ShotSpec shot) {
        String type = shot == null ? null : Text.embedded(shot.framing());
        if (type == null) {
            return null;
        }
        Matcher named = SHOT.matcher(type);
        return lowerCaseWords(named.matches() ? named.group(1) : type + " shot");
    }

    /** Lower-cases capitalised words only, so that "POV" stays as written. */
    private static String lowerCaseWords(String text) {
        StringBuilder result = new StringBuilder();
        for (String word : text.split(" ")) {
            boolean capitalised = word.length() > 1 && Character.isUpperCase(word.charAt(0))
                    && word.substring(1).equals(word.substring(1).toLowerCase(Locale.ROOT));
            result.append(result.isEmpty() ? "" : " ").append(capitalised ? word.toLowerCase(Locale.ROOT) : word);
        }
        return result.toString();
    }
}
