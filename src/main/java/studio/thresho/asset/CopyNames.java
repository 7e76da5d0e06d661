package studio.thresho.asset;

import java.util.function.Predicate;
import java.util.regex.Pattern;

/** Names of copies: "Marcus (copy)", then "Marcus (copy 2)", "Marcus (copy 3)"; a copy of a copy counts on. */
final class CopyNames {

    private static final Pattern COPY_SUFFIX = Pattern.compile(" \\(copy(?: \\d+)?\\)$");

    private CopyNames() {
    }

    /**
     * The first copy name of the original that is free, shortened to fit the name limit.
     *
     * @param taken whether a name is used in the library the copy goes to
     */
    static String next(String original, Predicate<String> taken) {
        String base = COPY_SUFFIX.matcher(original).replaceFirst("");
        for (int n = 1; ; n++) {
            String suffix = n == 1 ? " (copy)" : " (copy " + n + ")";
            String candidate = (base.length() + suffix.length() > AssetRules.NAME_MAX_LENGTH
                    ? base.substring(0, AssetRules.NAME_MAX_LENGTH - suffix.length()).stripTrailing() : base) + suffix;
            if (!taken.test(candidate)) {
                return candidate;
            }
        }
    }
}
