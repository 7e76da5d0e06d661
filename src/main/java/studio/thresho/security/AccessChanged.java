package studio.thresho.security;

/**
 * A user's rights or password changed: their open sessions end once the change is committed.
 *
 * @param keepSessionId the session that made the change itself (a person changing their own password), or null
 */
record AccessChanged(String username, String keepSessionId) {
}
