package studio.thresho.prompt;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How text typed to stand alone reads inside a sentence. A field placed mid-sentence gets its
 * first letter lower-cased unless its first word is an asset name, an all-capitals token, or in
 * the keep-case list (nationalities, ethnicities in a talent's identity, brand names); a field
 * written as several sentences ("Black male, mid-30s. Well-groomed full beard.") becomes one
 * clause list, each former sentence following the same rule.
 */
final class Capitals {

    /** Proper adjectives that keep their capital wherever they stand. */
    static final Set<String> NATIONALITIES = Set.of("african", "american", "arab", "asian", "australian", "brazilian", "british", "canadian",
            "caribbean", "chinese", "colombian", "cuban", "dutch", "english", "european", "filipino", "filipina", "french", "german", "greek",
            "hispanic", "indian", "indigenous", "irish", "italian", "jamaican", "japanese", "korean", "latina", "latino", "latinx", "mexican",
            "middle-eastern", "native", "nigerian", "nordic", "pacific", "persian", "polish", "portuguese", "russian", "scandinavian",
            "scottish", "somali", "spanish", "swedish", "thai", "turkish", "ukrainian", "vietnamese", "welsh", "ethiopian", "egyptian",
            "ghanaian", "kenyan", "pakistani", "peruvian", "puerto", "argentinian", "chilean", "venezuelan", "haitian", "samoan", "maori");
    /** Brand names a description may start with. */
    static final Set<String> BRANDS = Set.of("arri", "alexa", "canon", "nikon", "sony", "leica", "fujifilm", "hasselblad", "red", "blackmagic",
            "zeiss", "cooke", "kodak", "ilford", "polaroid", "nike", "adidas", "levi's", "converse", "apple", "thresho", "profoto", "aputure");
    /** Colour words that name an ethnicity, capitalised only in a talent's identity. */
    static final Set<String> ETHNICITY_COLOURS = Set.of("black", "white", "brown");
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "st", "jr", "sr", "prof", "approx", "no");
    private static final Pattern SENTENCE_BREAK = Pattern.compile("\\.\\s+(?=[\\p{Lu}\\d\"'])");

    private Capitals() {
    }

    /**
     * @param names    the selected assets' names, which keep their capitals
     * @param identity whether the text describes who a talent is (then ethnicities keep their capitals)
     */
    static String midSentence(String text, Set<String> names, boolean identity) {
        if (text == null) {
            return null;
        }
        List<String> pieces = new ArrayList<>();
        for (String sentence : sentences(text)) {
            String cleaned = Text.embedded(sentence);
            if (cleaned != null) {
                pieces.add(keepsCase(cleaned, names, identity) ? cleaned : Text.lowerFirst(cleaned));
            }
        }
        return pieces.isEmpty() ? null : String.join(", ", pieces);
    }

    private static List<String> sentences(String text) {
        List<String> sentences = new ArrayList<>();
        Matcher breaks = SENTENCE_BREAK.matcher(text);
        int start = 0;
        while (breaks.find()) {
            String before = text.substring(start, breaks.start());
            String lastWord = before.substring(before.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
            if (!ABBREVIATIONS.contains(lastWord)) {
                sentences.add(before);
                start = breaks.end();
            }
        }
        sentences.add(text.substring(start));
        return sentences;
    }

    private static boolean keepsCase(String text, Set<String> names, boolean identity) {
        if (names.stream().anyMatch(name -> startsWithWord(text, name))) {
            return true;
        }
        String first = text.split("[\\s,;:]", 2)[0];
        if (first.length() > 1 && first.equals(first.toUpperCase(Locale.ROOT)) && first.chars().anyMatch(Character::isLetter)) {
            return true;
        }
        String word = first.toLowerCase(Locale.ROOT);
        return NATIONALITIES.contains(word) || BRANDS.contains(word) || identity && ETHNICITY_COLOURS.contains(word);
    }

    private static boolean startsWithWord(String text, String name) {
        return text.startsWith(name) && (text.length() == name.length() || !Character.isLetterOrDigit(text.charAt(name.length())));
    }
}
