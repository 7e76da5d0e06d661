package studio.thresho.media;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** A file a share link still opens (neither revoked nor expired) stays. */
@Component
class ShareLinkReferences implements MediaReferences {

    private final NamedParameterJdbcTemplate jdbc;

    ShareLinkReferences(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String owner() {
        return "media (share links)";
    }

    @Override
    public Set<String> referenced(Collection<String> keys) {
        return new HashSet<>(jdbc.queryForList("SELECT media_key FROM share_links WHERE media_key IN (:keys) AND revoked_at IS NULL "
                + "AND expires_at > :now", java.util.Map.of("keys", keys, "now", java.sql.Timestamp.from(java.time.Instant.now())), String.class));
    }
}
