package studio.thresho.provider.midjourney;

import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Text written by the user, made safe to place before Midjourney's parameters: one line, single spaces, and no
 * {@code --} with which it could add parameters of its own.
 */
final class PromptText {

    /** Midjourney also reads an em dash as "--" (Apple devices turn "--" into one), so both are neutralised. */
    private static final Pattern PARAMETER_DASHES = Pattern.compile("[-\u2014]*(?:--|\u2014)[-\u2014]*");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern TERM_SEPARATORS = Pattern.compile("[,\\n]");

    private PromptText() {
    }

    static String clean(String text) {
        if (text == null) {
            return "";
        }
        String neutralised = PARAMETER_DASHES.matcher(text).replaceAll(" - ");
        return WHITESPACE.matcher(neutralised).replaceAll(" ").strip();
    }

    static boolean hasParameterDashes(String text) {
        return text != null && PARAMETER_DASHES.matcher(text).find();
    }

    /** Negative terms as {@code --no} takes them: cleaned, blanks dropped, separated by ", ". */
    static String negativeTerms(String terms) {
        if (terms == null) {
            return "";
        }
        return Arrays.stream(TERM_SEPARATORS.split(terms)).map(PromptText::clean).filter(term -> !term.isEmpty())
                .collect(Collectors.joining(", "));
    }
}
