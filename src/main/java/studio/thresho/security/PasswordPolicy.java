package studio.thresho.security;

import com.nulabinc.zxcvbn.Feedback;
import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import studio.thresho.base.UserFacingException;

/**
 * Passwords people choose, after NIST SP 800-63B: a minimum length and no composition rules, but a
 * password that is common or easy to guess is refused with the reason. The guessing estimate is
 * zxcvbn's (Dropbox's estimator, the Java port by Nulab): it knows the common-password lists,
 * dictionary words, names, dates, keyboard walks and repeats, and is told the account's own words.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_BYTES = 72;
    /** zxcvbn's 0-4 scale; 3 is "safely unguessable: moderate protection from an offline slow-hash attack". */
    static final int MIN_SCORE = 3;
    /** Words that belong to this installation and make a password guessable here. */
    private static final List<String> PRODUCT_WORDS = List.of("thresho", "studio", "talent", "asset", "library");
    private static final Zxcvbn ESTIMATOR = new Zxcvbn();

    private PasswordPolicy() {
    }

    static void check(String password, String... accountWords) {
        problem(password, accountWords).ifPresent(reason -> {
            throw new UserFacingException(reason);
        });
    }

    /** Why the password is refused, or empty when it is good enough. */
    static Optional<String> problem(String password, String... accountWords) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("A password has at least " + MIN_LENGTH + " characters; a few unrelated words make a good one.");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of("A password has at most " + MAX_BYTES + " bytes.");
        }
        List<String> context = new ArrayList<>(PRODUCT_WORDS);
        for (String word : accountWords) {
            if (word != null && !word.isBlank()) {
                String lower = word.toLowerCase(Locale.ROOT);
                context.add(lower);
                context.add(lower.replaceAll("[\\s._-]+", ""));
                context.addAll(List.of(lower.split("[\\s._-]+")));
            }
        }
        Strength strength = ESTIMATOR.measure(password, context);
        if (strength.getScore() >= MIN_SCORE) {
            return Optional.empty();
        }
        Feedback feedback = strength.getFeedback();
        String warning = feedback.getWarning(Locale.ENGLISH);
        return Optional.of("This password is too easy to guess" + (warning == null || warning.isBlank() ? "" : " (" + trimStop(warning) + ")")
                + ". Use a longer phrase of unrelated words, not your name or common passwords.");
    }

    /** zxcvbn's warning as a clause: "this is a very common password". */
    private static String trimStop(String text) {
        String trimmed = text.trim();
        String clause = trimmed.endsWith(".") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
        return clause.isEmpty() ? clause : clause.substring(0, 1).toLowerCase(Locale.ROOT) + clause.substring(1);
    }
}
