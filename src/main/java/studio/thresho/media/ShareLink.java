package studio.thresho.media;

import java.time.Instant;

/**
 * A public link just made: {@code url} works for anyone until it expires or is revoked. The token
 * exists only here, once; the database keeps its hash ({@code id}), which lists and revocations use.
 */
public record ShareLink(String id, String token, String url, Instant expiresAt) {
}
