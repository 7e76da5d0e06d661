package studio.thresho.lora;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The traits a talent's LoRA must learn (face, hair, build, age, skin, marks), which captions
 * leave out so they bind to the trigger word: a trait written in a caption becomes something the
 * prompt must ask for instead of something the trigger brings. Built from a fixed vocabulary of
 * body words and the telling words of the talent's own identity fields (hair, age range,
 * distinguishing features), colours left out since clothes have them too.
 */
final class IdentityTraits {

    private static final Set<String> BODY_WORDS = Set.of("beard", "bearded", "hair", "haired", "hairstyle", "haircut", "eyes", "eyed",
            "skin", "skinned", "complexion", "freckles", "freckled", "tattoo", "tattoos", "tattooed", "scar", "scars", "scarred",
            "mole", "birthmark", "build", "tall", "height", "muscular", "slim", "athletic", "stocky", "petite", "curvy", "ethnicity",
            "aged", "age", "curls", "curly", "bald", "balding", "moustache", "mustache", "goatee", "stubble", "dimples", "nose",
            "jaw", "jawline", "cheekbones", "lips", "eyebrows", "brows", "blonde", "blond", "brunette",
            "redhead", "ginger", "afro", "dreadlocks", "braids", "fade", "buzz");
    /** The class comes right after the trigger; a caption never names it again. Pronouns stay ("behind him"). */
    private static final Set<String> CLASS_NOUNS = Set.of("man", "men", "woman", "women", "person", "male", "female", "boy", "girl",
            "lady", "gentleman", "guy");
    private static final Set<String> FILLER = Set.of("and", "with", "the", "a", "an", "of", "on", "in", "at", "to", "small", "thin",
            "short", "long", "light", "dark", "left", "right", "usually", "often", "while", "working", "very", "slightly");
    /** Colours say as much about clothes as about hair ("black apron", "brown jacket"): never taken from the fields. */
    private static final Set<String> COLOURS = Set.of("black", "white", "brown", "grey", "gray", "red", "blue", "green", "yellow",
            "orange", "pink", "purple", "gold", "golden", "silver", "natural", "warm", "cool");
    private static final Pattern AGE = Pattern.compile("\\b\\d+\\s*(s|-?year|yo)\\b|\\b(twenties|thirties|forties|fifties|sixties)\\b");

    private final Set<String> words;

    private IdentityTraits(Set<String> words) {
        this.words = words;
    }

    /** The traits of one talent: the body vocabulary and the telling words of its identity fields and name. */
    static IdentityTraits of(Collection<String> identityFields, String name) {
        Set<String> words = new HashSet<>(BODY_WORDS);
        identityFields.stream().filter(field -> field != null).flatMap(field -> words(field).stream())
                .filter(word -> word.length() > 2 && !FILLER.contains(word) && !COLOURS.contains(word)).forEach(words::add);
        words.addAll(words(name == null ? "" : name));
        words.addAll(CLASS_NOUNS);
        return new IdentityTraits(words);
    }

    /** Whether a phrase of a caption names an identity trait ("short beard", "mid-30s", "Marcus"). */
    boolean names(String phrase) {
        String lower = phrase.toLowerCase(Locale.ROOT);
        return AGE.matcher(lower).find() || words(lower).stream().anyMatch(words::contains);
    }

    static List<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).filter(word -> !word.isEmpty()).toList();
    }
}
