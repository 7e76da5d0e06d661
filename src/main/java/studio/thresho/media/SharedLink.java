package studio.thresho.media;

import java.time.Instant;

/**
 * A share link as its owners see it in a list: never its token (only its hash, {@code id}, is kept).
 *
 * @param scope          what it shares: one image or one asset version
 * @param lastAccessedAt when someone last opened it, or null
 */
public record SharedLink(String id, ShareScope scope, String createdBy, Instant createdAt, Instant expiresAt, Instant revokedAt,
                         Instant lastAccessedAt) {

    public boolean live(Instant now) {
        return revokedAt == null && expiresAt.isAfter(now);
    }
}
