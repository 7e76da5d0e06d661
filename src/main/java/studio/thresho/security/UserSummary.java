package studio.thresho.security;

import java.time.Instant;
import java.util.UUID;

/** A user as the administration lists it; never carries the password hash. */
public record UserSummary(UUID id, String username, String displayName, Role role, boolean enabled, Instant createdAt) {
}
