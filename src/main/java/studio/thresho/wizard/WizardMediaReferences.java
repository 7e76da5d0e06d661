package studio.thresho.wizard;

import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import studio.thresho.media.MediaReferences;

/**
 * Files the wizard sessions name themselves: the inspiration image, the locked headshot and the
 * kept sheet views (the generated images are also their generations' results).
 */
@Component
class WizardMediaReferences implements MediaReferences {

    private final NamedParameterJdbcTemplate jdbc;

    WizardMediaReferences(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String owner() {
        return "wizard";
    }

    @Override
    public Set<String> referenced(Collection<String> keys) {
        if (keys.isEmpty()) {
            return Set.of();
        }
        Set<String> used = new HashSet<>(jdbc.queryForList("""
                SELECT inspiration_image_path FROM talent_wizard_sessions WHERE inspiration_image_path IN (:keys)
                UNION SELECT selected_headshot_path FROM talent_wizard_sessions WHERE selected_headshot_path IN (:keys)""",
                Map.of("keys", keys), String.class));
        for (String key : keys) {
            if (!used.contains(key) && Boolean.TRUE.equals(jdbc.queryForObject(
                    "SELECT EXISTS (SELECT 1 FROM talent_wizard_sessions WHERE character_sheet_paths LIKE :pattern OR state LIKE :pattern)",
                    Map.of("pattern", "%" + key + "%"), Boolean.class))) {
                used.add(key);
            }
        }
        return used;
    }
}
