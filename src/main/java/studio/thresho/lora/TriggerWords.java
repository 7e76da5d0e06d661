package studio.thresho.lora;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The trigger word a LoRA is trained on: one token of letters, digits, underscores or hyphens (a
 * space would split kohya's {@code <repeats>_<trigger> <class>} folder name), and no common
 * English word (bundled list {@code lora/common-words.txt}), since a word the base model already
 * knows mixes its meaning into the talent.
 */
public final class TriggerWords {

    /** As long as the {@code lora_exports.trigger_word} column. */
    public static final int MAX_LENGTH = 40;
    private static final int MIN_LENGTH = 3;
    private static final Set<String> COMMON = load();

    private TriggerWords() {
    }

    /** Why the word cannot be a trigger, or empty when it can. */
    public static Optional<String> problem(String trigger) {
        if (trigger == null || trigger.isBlank()) {
            return Optional.of("Enter a trigger word.");
        }
        if (trigger.strip().chars().anyMatch(Character::isWhitespace)) {
            return Optional.of("The trigger word must be one word without spaces (kohya reads it from a folder name).");
        }
        if (trigger.length() > MAX_LENGTH) {
            return Optional.of("The trigger word may have at most " + MAX_LENGTH + " characters.");
        }
        if (trigger.length() < MIN_LENGTH) {
            return Optional.of("The trigger word needs at least " + MIN_LENGTH + " characters.");
        }
        if (!trigger.matches("[A-Za-z0-9_-]+")) {
            return Optional.of("The trigger word may hold only letters a-z, digits, _ and -.");
        }
        if (COMMON.contains(trigger.toLowerCase(Locale.ROOT))) {
            return Optional.of("\"" + trigger + "\" is a common word the base model already knows; choose a rare token such as \""
                    + suggest(trigger) + "\".");
        }
        return Optional.empty();
    }

    /**
     * A rare token made from a name: its consonants and a closing "x" ("Marcus" gives "mrcsx"), a
     * form no dictionary holds.
     */
    public static String suggest(String name) {
        String letters = (name == null ? "" : name).toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        String consonants = letters.isEmpty() ? "" : letters.charAt(0) + letters.substring(1).replaceAll("[aeiouy]", "");
        String base = consonants.length() >= MIN_LENGTH - 1 ? consonants : (letters + "tlnt");
        String token = base.substring(0, Math.min(base.length(), MAX_LENGTH - 1)) + "x";
        return COMMON.contains(token) ? token + "x" : token;
    }

    private static Set<String> load() {
        try (InputStream in = TriggerWords.class.getResourceAsStream("/lora/common-words.txt")) {
            if (in == null) {
                throw new IllegalStateException("lora/common-words.txt is missing from the application");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
