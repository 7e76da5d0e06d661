package studio.thresho.asset;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The prompt fragments asset versions carry ({@code asset_prompt_fragments}): text written for one
 * provider or for all of them, which prompt assembly uses instead of (or besides) the asset's own
 * descriptions.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class PromptFragmentService {

    private final JdbcTemplate jdbc;

    PromptFragmentService(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The fragments of each of these versions, in the order they were written. */
    @Transactional(readOnly = true)
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

    /** The fragments of one version, in order. */
    @Transactional(readOnly = true)
    public List<PromptFragment> of(UUID versionId) {
        return of(List.of(versionId)).getOrDefault(versionId, List.of());
    }

    /** Writes the fragments of a version being saved, in their order (a version's fragments never change afterwards). */
    void write(UUID versionId, List<PromptFragment> fragments) {
        Instant first = Instant.now();
        for (int i = 0; i < fragments.size(); i++) {
            PromptFragment fragment = fragments.get(i);
            // the order is kept by creation time, one microsecond apart
            jdbc.update("INSERT INTO asset_prompt_fragments (id, asset_id, provider_id, fragment_type, fragment_text, created_at) "
                            + "VALUES (?, ?, ?, ?, ?, ?)", UUID.randomUUID().toString(), versionId.toString(), fragment.providerId(),
                    fragment.type().name().toLowerCase(Locale.ROOT), fragment.text(), Timestamp.from(first.plusNanos(i * 1000L)));
        }
    }
}
