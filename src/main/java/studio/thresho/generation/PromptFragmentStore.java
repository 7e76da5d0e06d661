package studio.thresho.generation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import studio.thresho.prompt.FragmentType;
import studio.thresho.prompt.PromptFragment;

/** Reads the prompt fragments ({@code asset_prompt_fragments}) of asset versions, for prompt assembly. */
@Component
public class PromptFragmentStore {

    private final JdbcTemplate jdbc;

    PromptFragmentStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Map<UUID, List<PromptFragment>> of(Collection<UUID> versionIds) {
        Map<UUID, List<PromptFragment>> fragments = new HashMap<>();
        if (versionIds.isEmpty()) {
            return fragments;
        }
        String placeholders = String.join(",", Collections.nCopies(versionIds.size(), "?"));
        jdbc.query("SELECT asset_id, provider_id, fragment_type, fragment_text FROM asset_prompt_fragments WHERE asset_id IN ("
                        + placeholders + ") ORDER BY created_at", row -> {
                    fragments.computeIfAbsent(UUID.fromString(row.getString(1)), id -> new ArrayList<>()).add(new PromptFragment(
                            row.getString(2), FragmentType.valueOf(row.getString(3).toUpperCase(Locale.ROOT)), row.getString(4)));
                }, versionIds.stream().map(UUID::toString).toArray());
        return fragments;
    }
}
