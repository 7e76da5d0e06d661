package studio.thresho.security;

/** The signed-in person's own account, as the Profile page shows it. */
public record Profile(String username, String displayName, Role role, boolean passwordChangeRequired) {
}
