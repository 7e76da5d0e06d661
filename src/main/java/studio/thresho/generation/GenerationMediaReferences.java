package studio.thresho.generation;

import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import studio.thresho.media.MediaReferences;

/**
 * Files generations use: their results (images, videos), the references sent with them, the still
 * an animation started from (in its parameters), and scored results.
 */
@Component
class GenerationMediaReferences implements MediaReferences {

    private final NamedParameterJdbcTemplate jdbc;

    GenerationMediaReferences(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String owner() {
        return "generation";
    }

    @Override
    public Set<String> referenced(Collection<String> keys) {
        Set<String> used = new HashSet<>(jdbc.queryForList("SELECT DISTINCT media_key FROM result_scores WHERE media_key IN (:keys)",
                Map.of("keys", keys), String.class));
        for (String key : keys) {
            if (!used.contains(key) && Boolean.TRUE.equals(jdbc.queryForObject("""
                    SELECT EXISTS (SELECT 1 FROM generation_records
                                   WHERE results LIKE :pattern OR references_sent LIKE :pattern OR parameters LIKE :pattern)""",
                    Map.of("pattern", "%" + key + "%"), Boolean.class))) {
                used.add(key);
            }
        }
        return used;
    }
}
