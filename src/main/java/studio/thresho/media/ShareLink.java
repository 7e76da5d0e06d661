package studio.thresho.media;

import java.time.Instant;

/** A public link to one media file: {@code url} works for anyone until it expires or is revoked. */
public record ShareLink(String token, String mediaKey, String url, Instant expiresAt) {
}
