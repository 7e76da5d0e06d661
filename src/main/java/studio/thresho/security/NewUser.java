package studio.thresho.security;

/** What an administrator enters to create an account. */
public record NewUser(String username, String displayName, Role role, String password) {
}
