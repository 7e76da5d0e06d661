package studio.thresho.security;

import java.util.Locale;
import java.util.regex.Pattern;
import studio.thresho.base.UserFacingException;

/** Limits and checks for account fields, shared by the administration and provisioning. */
public final class UserRules {

    public static final int USERNAME_MIN_LENGTH = 3;
    public static final int USERNAME_MAX_LENGTH = 64;
    public static final int DISPLAY_NAME_MAX_LENGTH = 120;
    /** NIST SP 800-63B: at least 8, we ask 12 (with no composition rules). */
    public static final int PASSWORD_MIN_LENGTH = PasswordPolicy.MIN_LENGTH;
    /** BCrypt ignores everything after 72 bytes, so longer passwords would be silently truncated. */
    public static final int PASSWORD_MAX_LENGTH = PasswordPolicy.MAX_BYTES;

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]*");

    private UserRules() {
    }

    /** Lower-cases and trims; refuses what cannot be a username. */
    public static String normaliseUsername(String raw) {
        String username = raw == null ? "" : raw.trim().toLowerCase(Locale.ROOT);
        if (username.length() < USERNAME_MIN_LENGTH || username.length() > USERNAME_MAX_LENGTH) {
            throw new UserFacingException("A username has " + USERNAME_MIN_LENGTH + " to " + USERNAME_MAX_LENGTH + " characters.");
        }
        if (!USERNAME.matcher(username).matches()) {
            throw new UserFacingException("A username may contain only letters, digits, dots, dashes and underscores, and starts with a letter or digit.");
        }
        return username;
    }

    public static String normaliseDisplayName(String raw) {
        String name = raw == null ? "" : raw.trim();
        if (name.isEmpty()) {
            throw new UserFacingException("Enter the person's name.");
        }
        if (name.length() > DISPLAY_NAME_MAX_LENGTH) {
            throw new UserFacingException("A name has at most " + DISPLAY_NAME_MAX_LENGTH + " characters.");
        }
        return name;
    }

    /**
     * Refuses a password a person chooses that is too short, too long for BCrypt, or easy to guess
     * (common, a dictionary word, a keyboard walk, or built from the account's own name).
     */
    public static void checkPassword(String password, String... accountWords) {
        PasswordPolicy.check(password, accountWords);
    }
}
