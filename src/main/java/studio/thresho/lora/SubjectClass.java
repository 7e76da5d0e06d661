package studio.thresho.lora;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The class word that follows the trigger in every caption ("mrcsx man"), so the trainer knows
 * what kind of subject the new token is. Read from the talent's profile and tags, or chosen.
 */
public enum SubjectClass {
    MAN("man", Set.of("man", "male", "boy", "gentleman", "guy", "he", "his", "him")),
    WOMAN("woman", Set.of("woman", "female", "girl", "lady", "she", "her", "hers")),
    PERSON("person", Set.of());

    private final String word;
    private final Set<String> clues;

    SubjectClass(String word, Set<String> clues) {
        this.word = word;
        this.clues = clues;
    }

    /** The word written in captions and kohya folder names. */
    public String word() {
        return word;
    }

    /**
     * The class the profile's words point to: "Black male, mid-30s" is a man, "Latina woman" a
     * woman; words for both or neither give "person", which never guesses wrong.
     */
    public static SubjectClass fromProfile(Collection<String> texts) {
        List<String> words = texts.stream().filter(text -> text != null)
                .flatMap(text -> Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^a-z]+"))).toList();
        boolean man = words.stream().anyMatch(MAN.clues::contains);
        boolean woman = words.stream().anyMatch(WOMAN.clues::contains);
        return man == woman ? PERSON : man ? MAN : WOMAN;
    }
}
