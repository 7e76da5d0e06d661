package studio.thresho.shotlist;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import studio.thresho.base.UserFacingException;
import studio.thresho.generation.Slot;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The chips of the shots ({@code shot_casts}): plain rows without a life of their own, so plain SQL. */
@Component
class CastStore {

    private static final TypeReference<Map<String, String>> CONTEXT = new TypeReference<>() {
    };
    private static final String COLUMNS = "id, shot_id, slot, sort_order, lineage_id, pinned_version_id, context";

    private final NamedParameterJdbcTemplate jdbc;
    private final JsonMapper json;

    CastStore(NamedParameterJdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    List<StoredCast> ofShots(Collection<UUID> shotIds) {
        if (shotIds.isEmpty()) {
            return List.of();
        }
        return jdbc.query("SELECT " + COLUMNS + " FROM shot_casts WHERE shot_id IN (:shots) ORDER BY shot_id, slot, sort_order",
                Map.of("shots", shotIds.stream().map(UUID::toString).toList()), this::cast);
    }

    List<StoredCast> ofShot(UUID shotId) {
        return ofShots(List.of(shotId));
    }

    StoredCast get(UUID castId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM shot_casts WHERE id = :id", Map.of("id", castId.toString()), this::cast)
                .stream().findFirst().orElseThrow(() -> new UserFacingException("That cast member was removed meanwhile."));
    }

    private StoredCast cast(ResultSet row, int rowNumber) throws SQLException {
        return new StoredCast(UUID.fromString(row.getString(1)), UUID.fromString(row.getString(2)), Slot.valueOf(row.getString(3)),
                row.getInt(4), UUID.fromString(row.getString(5)), row.getString(6) == null ? null : UUID.fromString(row.getString(6)),
                row.getString(7) == null ? Map.of() : json.readValue(row.getString(7), CONTEXT));
    }

    void insert(StoredCast cast) {
        jdbc.update("INSERT INTO shot_casts (" + COLUMNS + ") VALUES (:id, :shot, :slot, :sort, :lineage, :pinned, :context)",
                new MapSqlParameterSource().addValue("id", cast.id().toString()).addValue("shot", cast.shotId().toString())
                        .addValue("slot", cast.slot().name()).addValue("sort", cast.sortOrder())
                        .addValue("lineage", cast.lineageId().toString())
                        .addValue("pinned", cast.pinnedVersionId() == null ? null : cast.pinnedVersionId().toString())
                        .addValue("context", cast.context().isEmpty() ? null : json.writeValueAsString(cast.context())));
    }

    void replaceLineage(UUID castId, UUID lineageId, UUID pinnedVersionId) {
        jdbc.update("UPDATE shot_casts SET lineage_id = :lineage, pinned_version_id = :pinned WHERE id = :id",
                new MapSqlParameterSource().addValue("id", castId.toString()).addValue("lineage", lineageId.toString())
                        .addValue("pinned", pinnedVersionId == null ? null : pinnedVersionId.toString()));
    }

    void pin(UUID castId, UUID versionId) {
        jdbc.update("UPDATE shot_casts SET pinned_version_id = :pinned WHERE id = :id", new MapSqlParameterSource()
                .addValue("id", castId.toString()).addValue("pinned", versionId == null ? null : versionId.toString()));
    }

    void setContext(UUID castId, Map<String, String> context) {
        jdbc.update("UPDATE shot_casts SET context = :context WHERE id = :id", new MapSqlParameterSource().addValue("id", castId.toString())
                .addValue("context", context.isEmpty() ? null : json.writeValueAsString(context)));
    }

    void delete(UUID castId) {
        jdbc.update("DELETE FROM shot_casts WHERE id = :id", Map.of("id", castId.toString()));
    }
}
