package studio.thresho.base;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;

/** URL-safe identifiers made from names: "Marcus (Lead Barber)" becomes "marcus-lead-barber". */
public final class Slugs {

    public static final int MAX_LENGTH = 80;

    private Slugs() {
    }

    public static String of(String name) {
        String ascii = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "item" : slug;
    }

    /** The slug of the name, with "-2", "-3", ... appended while {@code taken} says it is in use. */
    public static String unique(String name, Predicate<String> taken) {
        String base = of(name);
        String candidate = base;
        for (int n = 2; taken.test(candidate); n++) {
            String suffix = "-" + n;
            candidate = (base.length() + suffix.length() > MAX_LENGTH ? base.substring(0, MAX_LENGTH - suffix.length()) : base) + suffix;
        }
        return candidate;
    }
}
