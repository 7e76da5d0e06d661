package studio.thresho.asset;

import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import studio.thresho.media.MediaReferences;

/** Files the library uses: every version's images, and image keys kept in field values. */
@Component
class AssetMediaReferences implements MediaReferences {

    private final NamedParameterJdbcTemplate jdbc;

    AssetMediaReferences(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String owner() {
        return "asset";
    }

    @Override
    public Set<String> referenced(Collection<String> keys) {
        Set<String> used = new HashSet<>(jdbc.queryForList("SELECT DISTINCT image_path FROM asset_images WHERE image_path IN (:keys)",
                Map.of("keys", keys), String.class));
        for (String key : keys) {
            if (!used.contains(key) && Boolean.TRUE.equals(jdbc.queryForObject(
                    "SELECT EXISTS (SELECT 1 FROM assets_library WHERE attributes LIKE :pattern)", Map.of("pattern", "%" + key + "%"),
                    Boolean.class))) {
                used.add(key);
            }
        }
        return used;
    }
}
