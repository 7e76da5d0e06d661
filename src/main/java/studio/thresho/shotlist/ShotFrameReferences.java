package studio.thresho.shotlist;

import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import studio.thresho.media.MediaReferences;

/** The shots' selected frames: the storyboard and its PDF need them, so the media sweep keeps them. */
@Component
class ShotFrameReferences implements MediaReferences {

    private final NamedParameterJdbcTemplate jdbc;

    ShotFrameReferences(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String owner() {
        return "shotlist";
    }

    @Override
    public Set<String> referenced(Collection<String> keys) {
        if (keys.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.queryForList("SELECT DISTINCT selected_frame_key FROM shots WHERE selected_frame_key IN (:keys)",
                Map.of("keys", keys), String.class));
    }
}
