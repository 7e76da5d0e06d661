package studio.thresho.prompt;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/** Small string helpers that keep assembled prompts free of stray spaces and punctuation. */
final class Text {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    // compiled once: tidy runs for every section of every prompt, 200 prompts at a time for a shot list
    private static final Pattern SPACE_BEFORE_PUNCTUATION = Pattern.compile(" +([,.;:])");
    private static final Pattern REPEATED_COMMAS = Pattern.compile(",(\\s*,)+");
    private static final Pattern PUNCTUATION_BEFORE_STOP = Pattern.compile("[,;:]\\s*\\.");
    private static final Pattern DOUBLE_STOP = Pattern.compile("(?<!\\.)\\.\\.(?!\\.)");
    private static final Pattern LEADING_JUNK = Pattern.compile("^[\\s,;:]+");
    private static final Pattern TRAILING_JUNK = Pattern.compile("[\\s,;:.]+$");
    private static final Pattern LEADING_ARTICLE = Pattern.compile("^(A|An|The) ");
    private static final Set<String> PERSON_NOUNS = Set.of("male", "female", "man", "woman", "person", "boy", "girl", "guy", "lady",
            "gentleman", "adult", "teenager", "teen", "child", "kid", "senior", "barber", "stylist", "model", "actor", "actress");
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "one", "this", "that", "our", "his", "her", "their");

    private Text() {
    }

    /** Single-spaced, without leading or trailing separators; {@code null} when nothing is left. */
    static String clean(String text) {
        if (text == null) {
            return null;
        }
        String cleaned = TRAILING_JUNK.matcher(LEADING_JUNK.matcher(SPACES.matcher(text).replaceAll(" ")).replaceFirst(""))
                .replaceFirst("");
        return cleaned.isEmpty() ? null : cleaned;
    }

    /** Clean text to go inside a sentence: a description written as "A modern barbershop." becomes "a modern barbershop". */
    static String embedded(String text) {
        String cleaned = clean(text);
        if (cleaned == null) {
            return null;
        }
        var article = LEADING_ARTICLE.matcher(cleaned);
        return article.find() ? article.group(1).toLowerCase(Locale.ROOT) + " " + cleaned.substring(article.end()) : cleaned;
    }

    /** A phrase written to stand alone ("Professional but warm") as it reads inside a sentence; acronyms stay as they are. */
    static String lowerFirst(String text) {
        if (text == null || text.length() < 2 || !Character.isUpperCase(text.charAt(0)) || Character.isUpperCase(text.charAt(1))) {
            return text;
        }
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    /** The pieces that have text, joined by commas, capitalised and ended with a period; "" when none has text. */
    static String sentence(String... pieces) {
        return sentence(Arrays.asList(pieces));
    }

    static String sentence(List<String> pieces) {
        List<String> present = pieces.stream().map(Text::clean).filter(Objects::nonNull).toList();
        if (present.isEmpty()) {
            return "";
        }
        String joined = capitalize(String.join(", ", present));
        return joined.endsWith("!") || joined.endsWith("?") ? joined : joined + ".";
    }

    static String capitalize(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    /** "a", "a and b", "a, b, and c". */
    static String joinAnd(List<String> items) {
        return switch (items.size()) {
            case 0 -> "";
            case 1 -> items.getFirst();
            case 2 -> items.get(0) + " and " + items.get(1);
            default -> String.join(", ", items.subList(0, items.size() - 1)) + ", and " + items.getLast();
        };
    }

    static String possessive(String name) {
        return name + "'s";
    }

    /**
     * "Black male, mid-30s" reads "a Black male, mid-30s" after a name: an article before a first
     * phrase that names a person, unless it has a determiner already.
     */
    static String personArticle(String identity) {
        if (identity == null) {
            return null;
        }
        String first = identity.split("[,.;]", 2)[0].trim();
        String[] words = first.split("\\s+");
        boolean person = PERSON_NOUNS.contains(words[words.length - 1].toLowerCase(Locale.ROOT));
        boolean determined = DETERMINERS.contains(words[0].toLowerCase(Locale.ROOT));
        return person && !determined ? withArticle(identity) : identity;
    }

    /** "a medium shot", "an extreme close-up". */
    static String withArticle(String phrase) {
        boolean vowel = !phrase.isEmpty() && "aeiouAEIOU".indexOf(phrase.charAt(0)) >= 0;
        return (vowel ? "an " : "a ") + phrase;
    }

    /** "wearing" and "a black apron" read "wearing a black apron"; text that already starts with the words stays. */
    static String prefixed(String words, String text) {
        if (text == null) {
            return null;
        }
        return text.toLowerCase(Locale.ROOT).startsWith(words + " ") ? text : words + " " + text;
    }

    static String firstWord(String text) {
        int space = text.indexOf(' ');
        return (space < 0 ? text : text.substring(0, space)).toLowerCase(Locale.ROOT);
    }

    /** Removes the stray spaces and doubled punctuation that joining optional pieces can leave. */
    static String tidy(String text) {
        String tidied = SPACES.matcher(text).replaceAll(" ").trim();
        tidied = SPACE_BEFORE_PUNCTUATION.matcher(tidied).replaceAll("$1");
        tidied = REPEATED_COMMAS.matcher(tidied).replaceAll(",");
        tidied = PUNCTUATION_BEFORE_STOP.matcher(tidied).replaceAll(".");
        return DOUBLE_STOP.matcher(tidied).replaceAll(".");
    }
}
