package studio.thresho.asset;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import studio.thresho.base.UserFacingException;
import studio.thresho.security.Role;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records that a generation or a shot used an exact asset version: the usage history of the
 * asset, and the usage count and last use of the version and of its lineage.
 */
@Service
@PreAuthorize("hasRole('" + Role.Names.EDITOR + "')")
public class AssetUsageService {

    /** Context keys a shot's use records so that the history names the shot without reading shot tables. */
    public static final String SHOT_LIST_KEY = "shot_list";
    public static final String SHOT_LABEL_KEY = "shot_label";
    private static final tools.jackson.core.type.TypeReference<Map<String, String>> CONTEXT = new tools.jackson.core.type.TypeReference<>() {
    };
    private static final tools.jackson.core.type.TypeReference<List<String>> KEYS = new tools.jackson.core.type.TypeReference<>() {
    };

    private final AssetVersionRepository versions;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;

    AssetUsageService(AssetVersionRepository versions, JdbcTemplate jdbc, ApplicationEventPublisher events, JsonMapper json) {
        this.versions = versions;
        this.jdbc = jdbc;
        this.events = events;
        this.json = json;
    }

    @Transactional
    public void recordUse(UUID versionId, UUID generationRecordId, UUID shotId) {
        recordUse(versionId, generationRecordId, shotId, Map.of());
    }

    /**
     * @param generationRecordId the generation that used it, or null
     * @param shotId             the shot that used it, or null
     * @param context            the per-generation context given for the asset (action, area, ...)
     */
    @Transactional
    public void recordUse(UUID versionId, UUID generationRecordId, UUID shotId, Map<String, String> context) {
        recordUses(List.of(new AssetUse(versionId, generationRecordId, shotId, context)));
    }

    /**
     * Records many uses at once (a shot list's batch): the usage rows in one batch, each version's and
     * lineage's counters moved once by their count, and each lineage announced as changed once.
     */
    @Transactional
    public void recordUses(List<AssetUse> uses) {
        if (uses.isEmpty()) {
            return;
        }
        Map<UUID, AssetVersion> used = new HashMap<>();
        versions.findAllById(uses.stream().map(AssetUse::versionId).distinct().toList()).forEach(version -> used.put(version.getId(), version));
        if (uses.stream().anyMatch(use -> !used.containsKey(use.versionId()))) {
            throw new UserFacingException("That version no longer exists.");
        }
        jdbc.batchUpdate("INSERT INTO asset_usage (id, asset_id, generation_record_id, shot_id, context_data) VALUES (?, ?, ?, ?, ?)",
                uses.stream().map(use -> new Object[] {UUID.randomUUID().toString(), use.versionId().toString(),
                        use.generationRecordId() == null ? null : use.generationRecordId().toString(),
                        use.shotId() == null ? null : use.shotId().toString(),
                        use.context().isEmpty() ? null : json.writeValueAsString(use.context())}).toList());
        Map<UUID, Long> perVersion = uses.stream().collect(Collectors.groupingBy(AssetUse::versionId, LinkedHashMap::new, Collectors.counting()));
        Map<UUID, Long> perLineage = new LinkedHashMap<>();
        perVersion.forEach((version, count) -> perLineage.merge(used.get(version).getLineageId(), count, Long::sum));
        // counters move in SQL so that a use never conflicts with someone editing the asset
        jdbc.batchUpdate("UPDATE assets_library SET usage_count = usage_count + ?, last_used_at = UTC_TIMESTAMP(6) WHERE id = ?",
                perVersion.entrySet().stream().map(entry -> new Object[] {entry.getValue(), entry.getKey().toString()}).toList());
        jdbc.batchUpdate("UPDATE asset_lineages SET usage_count = usage_count + ?, last_used_at = UTC_TIMESTAMP(6), "
                + "updated_at = UTC_TIMESTAMP(6) WHERE id = ?",
                perLineage.entrySet().stream().map(entry -> new Object[] {entry.getValue(), entry.getKey().toString()}).toList());
        perLineage.keySet().forEach(lineage -> events.publishEvent(new AssetChanged(lineage)));
    }

    /**
     * Records the result images of a completed generation on each use it made, so the assets it used
     * show them. Joins the completion's transaction; a failure here never rolls the completion back.
     */
    @Transactional(noRollbackFor = RuntimeException.class)
    public void recordResults(UUID generationRecordId, List<String> mediaKeys) {
        jdbc.update("UPDATE asset_usage SET result_keys = ? WHERE generation_record_id = ?",
                mediaKeys.isEmpty() ? null : json.writeValueAsString(mediaKeys), generationRecordId.toString());
    }

    /** The generations and shots that used any version of the asset, newest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<UsageEntry> history(UUID lineageId, int limit) {
        return history(lineageId, 0, limit);
    }

    /** One page of {@link #history(UUID, int)}. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<UsageEntry> history(UUID lineageId, int offset, int limit) {
        return jdbc.query("""
                SELECT u.created_at, a.version, u.generation_record_id, u.shot_id, u.context_data, u.result_keys FROM asset_usage u
                JOIN assets_library a ON a.id = u.asset_id WHERE a.lineage_id = ? ORDER BY u.created_at DESC, u.id LIMIT ? OFFSET ?""",
                (row, i) -> new UsageEntry(row.getTimestamp(1).toInstant(), row.getString(2),
                        row.getString(3) == null ? null : UUID.fromString(row.getString(3)),
                        row.getString(4) == null ? null : UUID.fromString(row.getString(4)),
                        row.getString(5) == null ? Map.of() : json.readValue(row.getString(5), CONTEXT),
                        row.getString(6) == null ? List.of() : json.readValue(row.getString(6), KEYS)),
                lineageId.toString(), limit, offset);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public int uses(UUID lineageId) {
        Integer count = jdbc.queryForObject("""
                SELECT COUNT(*) FROM asset_usage u JOIN assets_library a ON a.id = u.asset_id WHERE a.lineage_id = ?""",
                Integer.class, lineageId.toString());
        return count == null ? 0 : count;
    }
}
