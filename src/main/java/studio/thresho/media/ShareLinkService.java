package studio.thresho.media;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import studio.thresho.base.UserFacingException;
import studio.thresho.security.CurrentUser;
import studio.thresho.security.Role;
import studio.thresho.security.SignedInUser;

/**
 * Unguessable, expiring, revocable public links to single media files, for services that fetch
 * references from the internet (Midjourney). The links are built from {@code PUBLIC_BASE_URL}.
 */
@Service
@PreAuthorize("hasRole('" + Role.Names.EDITOR + "')")
public class ShareLinkService {

    public static final Duration DEFAULT_VALIDITY = Duration.ofDays(7);
    public static final Duration MAX_VALIDITY = Duration.ofDays(90);
    static final String PATH_PREFIX = "/share/";
    static final String NO_BASE_URL = "Public links need the address this server is reachable at from the internet: set PUBLIC_BASE_URL "
            + "(e.g. https://studio.example.com). Links to localhost are useless to Midjourney.";
    private static final int TOKEN_BYTES = 32;

    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final String publicBaseUrl;
    private final SecureRandom random = new SecureRandom();

    ShareLinkService(JdbcTemplate jdbc, CurrentUser currentUser, @Value("${thresho.public-base-url:}") String publicBaseUrl) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.publicBaseUrl = publicBaseUrl == null ? "" : publicBaseUrl.trim().replaceAll("/+$", "");
    }

    public boolean configured() {
        return !publicBaseUrl.isEmpty();
    }

    @Transactional
    public ShareLink create(String mediaKey, Duration validity) {
        if (!configured()) {
            throw new UserFacingException(NO_BASE_URL);
        }
        if (validity.isNegative() || validity.isZero() || validity.compareTo(MAX_VALIDITY) > 0) {
            throw new UserFacingException("A public link is valid for up to " + MAX_VALIDITY.toDays() + " days.");
        }
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant expires = Instant.now().plus(validity);
        jdbc.update("INSERT INTO share_links (token, media_key, created_by, expires_at) VALUES (?, ?, ?, ?)", token, mediaKey,
                currentUser.get().map(SignedInUser::id).map(Object::toString).orElse(null), Timestamp.from(expires));
        return new ShareLink(token, mediaKey, publicBaseUrl + PATH_PREFIX + token, expires);
    }

    @Transactional
    public void revoke(String token) {
        jdbc.update("UPDATE share_links SET revoked_at = UTC_TIMESTAMP(6) WHERE token = ? AND revoked_at IS NULL", token);
    }

    /** The media file of a link that is neither expired nor revoked. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<String> resolve(String token) {
        if (token == null || token.length() != 43) {
            return Optional.empty();
        }
        return jdbc.queryForList("SELECT media_key FROM share_links WHERE token = ? AND revoked_at IS NULL AND expires_at > ?",
                String.class, token, Timestamp.from(Instant.now())).stream().findFirst();
    }
}
