package studio.thresho.media;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import studio.thresho.base.UserFacingException;
import studio.thresho.security.CurrentUser;
import studio.thresho.security.Role;
import studio.thresho.security.SignedInUser;

/**
 * Unguessable, expiring, revocable public links: to one image file (for services that fetch
 * references from the internet, Midjourney) or to one asset version's read-only page. Only the
 * SHA-256 of a token is stored, so a copy of the database opens no link. Links are built from
 * {@code PUBLIC_BASE_URL}.
 */
@Service
@PreAuthorize("hasRole('" + Role.Names.EDITOR + "')")
public class ShareLinkService {

    public static final Duration DEFAULT_VALIDITY = Duration.ofDays(7);
    public static final int MIN_DAYS = 1;
    public static final int MAX_DAYS = 90;
    public static final Duration MAX_VALIDITY = Duration.ofDays(MAX_DAYS);
    public static final String IMAGE_PATH_PREFIX = "/share/";
    public static final String PAGE_PATH_PREFIX = "/shared/";
    public static final String FILE_PATH_PREFIX = "/share/file/";
    private static final String NEEDS_BASE_URL = "Public links need the address this server is reachable at from the internet: set "
            + "PUBLIC_BASE_URL (e.g. https://studio.example.com)";
    static final String NO_BASE_URL_FOR_FILES = NEEDS_BASE_URL + " so a provider can download the file.";
    static final String NO_BASE_URL = NEEDS_BASE_URL + ". Links to localhost are useless to Midjourney.";
    private static final int TOKEN_BYTES = 32;
    private static final int TOKEN_LENGTH = 43;
    private static final String COLUMNS = "SELECT l.token_hash, l.scope, u.display_name, l.created_at, l.expires_at, l.revoked_at, "
            + "l.last_accessed_at FROM share_links l LEFT JOIN users u ON u.id = l.created_by ";

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final CurrentUser currentUser;
    private final String publicBaseUrl;
    private final SecureRandom random = new SecureRandom();

    ShareLinkService(JdbcTemplate jdbc, CurrentUser currentUser, @Value("${thresho.public-base-url:}") String publicBaseUrl) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.currentUser = currentUser;
        this.publicBaseUrl = publicBaseUrl == null ? "" : publicBaseUrl.trim().replaceAll("/+$", "");
    }

    public boolean configured() {
        return !publicBaseUrl.isEmpty();
    }

    /** A link to one image, served re-encoded without its EXIF/GPS data. */
    @Transactional
    public ShareLink create(String mediaKey, Duration validity) {
        return createImageLink(mediaKey, null, validity);
    }

    /** A link to one image sent with a generation's command: it ends when the generation does ({@link #endWithGeneration}). */
    @Transactional
    public ShareLink createForGeneration(String mediaKey, UUID generationId, Duration validity) {
        return createImageLink(mediaKey, generationId, validity);
    }

    private ShareLink createImageLink(String mediaKey, UUID generationId, Duration validity) {
        if (!configured()) {
            throw new UserFacingException(NO_BASE_URL);
        }
        if (validity.isNegative() || validity.isZero() || validity.compareTo(MAX_VALIDITY) > 0) {
            throw new UserFacingException("A public link is valid for up to " + MAX_DAYS + " days.");
        }
        return insert(ShareScope.IMAGE, mediaKey, null, null, generationId, validity, IMAGE_PATH_PREFIX);
    }

    /**
     * A link to one stored file served as it is, named {@code fileName}, that ends with the generation
     * that sends it: an uploaded LoRA that Replicate downloads as {@code lora_weights}.
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public ShareLink createFileForGeneration(String mediaKey, String fileName, UUID generationId, Duration validity) {
        if (!configured()) {
            throw new UserFacingException(NO_BASE_URL_FOR_FILES);
        }
        return insert(ShareScope.FILE, mediaKey, fileName, null, generationId, validity, FILE_PATH_PREFIX);
    }

    /**
     * A read-only public page of one asset version, valid for {@code days} (1 to 90). Without
     * {@code PUBLIC_BASE_URL} the link is the path alone, to put after this server's address.
     */
    @Transactional
    public ShareLink createForAsset(UUID assetVersionId, int days) {
        if (days < MIN_DAYS || days > MAX_DAYS) {
            throw new UserFacingException("A share page is valid for " + MIN_DAYS + " to " + MAX_DAYS + " days.");
        }
        return insert(ShareScope.ASSET, null, null, assetVersionId, null, Duration.ofDays(days), PAGE_PATH_PREFIX);
    }

    private ShareLink insert(ShareScope scope, String mediaKey, String fileName, UUID assetVersionId, UUID generationId, Duration validity,
                             String prefix) {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        String hash = hash(token);
        Instant expires = Instant.now().plus(validity);
        jdbc.update("INSERT INTO share_links (token_hash, scope, media_key, file_name, asset_id, generation_id, created_by, expires_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", hash, scope.name(), mediaKey, fileName, text(assetVersionId), text(generationId),
                currentUser.get().map(SignedInUser::id).map(Object::toString).orElse(null), Timestamp.from(expires));
        return new ShareLink(hash, token, publicBaseUrl + prefix + token, expires);
    }

    /** Revokes a link by its id (the token's hash, as lists show it). */
    @Transactional
    public void revoke(String id) {
        jdbc.update("UPDATE share_links SET revoked_at = ? WHERE token_hash = ? AND revoked_at IS NULL", Timestamp.from(Instant.now()), id);
    }

    /** Revokes a link by the token a caller holds. */
    @Transactional
    public void revokeToken(String token) {
        revoke(hash(token));
    }

    /** Ends every link made for a generation: its command is done (finished, failed or cancelled). */
    @PreAuthorize("permitAll()")
    @Transactional
    public int endWithGeneration(UUID generationId) {
        Timestamp now = Timestamp.from(Instant.now());
        return jdbc.update("UPDATE share_links SET expires_at = ? WHERE generation_id = ? AND revoked_at IS NULL AND expires_at > ?",
                now, generationId.toString(), now);
    }

    /** The share pages of these asset versions (an asset's versions), newest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<SharedLink> ofAssetVersions(Collection<UUID> assetVersionIds) {
        if (assetVersionIds.isEmpty()) {
            return List.of();
        }
        return named.query(COLUMNS + "WHERE l.asset_id IN (:ids) ORDER BY l.created_at DESC",
                java.util.Map.of("ids", assetVersionIds.stream().map(UUID::toString).toList()), ShareLinkService::row);
    }

    /** The links sent with one generation's command, newest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<SharedLink> ofGeneration(UUID generationId) {
        return jdbc.query(COLUMNS + "WHERE l.generation_id = ? ORDER BY l.created_at DESC", ShareLinkService::row, generationId.toString());
    }

    /** The image of a live image link, noting the access; empty when unknown, expired or revoked. */
    @PreAuthorize("permitAll()")
    @Transactional
    public Optional<String> resolve(String token) {
        return live(token, ShareScope.IMAGE, "media_key", (row, n) -> row.getString(1));
    }

    /** The file and its name of a live file link, noting the access. */
    @PreAuthorize("permitAll()")
    @Transactional
    public Optional<SharedFile> resolveFile(String token) {
        return live(token, ShareScope.FILE, "media_key, file_name",
                (row, n) -> new SharedFile(row.getString(1), row.getString(2) == null ? "" : row.getString(2)));
    }

    /** The asset version of a live share page, noting the access. */
    @PreAuthorize("permitAll()")
    @Transactional
    public Optional<UUID> resolveAsset(String token) {
        return live(token, ShareScope.ASSET, "asset_id", (row, n) -> UUID.fromString(row.getString(1)));
    }

    private <T> Optional<T> live(String token, ShareScope scope, String columns, RowMapper<T> target) {
        if (token == null || token.length() != TOKEN_LENGTH) {
            return Optional.empty();
        }
        String hash = hash(token);
        Timestamp now = Timestamp.from(Instant.now());
        Optional<T> found = jdbc.query("SELECT " + columns + " FROM share_links WHERE token_hash = ? AND scope = ? "
                + "AND revoked_at IS NULL AND expires_at > ?", target, hash, scope.name(), now).stream().findFirst();
        found.ifPresent(link -> jdbc.update("UPDATE share_links SET last_accessed_at = ? WHERE token_hash = ?", now, hash));
        return found;
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }

    private static String text(UUID id) {
        return id == null ? null : id.toString();
    }

    private static SharedLink row(ResultSet rs, int row) throws SQLException {
        return new SharedLink(rs.getString(1), ShareScope.valueOf(rs.getString(2)), rs.getString(3), instant(rs.getTimestamp(4)),
                instant(rs.getTimestamp(5)), instant(rs.getTimestamp(6)), instant(rs.getTimestamp(7)));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
