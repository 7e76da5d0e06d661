package studio.thresho.lora;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** The {@code lora_models} rows of talents. */
@Component
class LoraModelStore {

    private static final String COLUMNS = "id, lineage_id, kind, name, provider, source, media_key, file_size, trigger_word, "
            + "default_weight, base_model, trained_from_version, status, created_at";

    private final NamedParameterJdbcTemplate jdbc;

    LoraModelStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    UUID insert(UUID lineageId, UUID versionId, LoraKind kind, String provider, String source, String mediaKey, Long fileSize,
                LoraSettings settings, UUID createdBy) {
        UUID id = UUID.randomUUID();
        jdbc.update("INSERT INTO lora_models (id, asset_id, lineage_id, kind, name, provider, source, media_key, file_size, trigger_word, "
                        + "default_weight, base_model, trained_from_version, status, created_by) VALUES (:id, :version_id, :lineage, :kind, "
                        + ":name, :provider, :source, :media_key, :file_size, :trigger, :weight, :base_model, :trained_from, '" + LoraModel.ACTIVE
                        + "', :created_by)",
                new MapSqlParameterSource().addValue("id", id.toString()).addValue("version_id", versionId == null ? null : versionId.toString())
                        .addValue("lineage", lineageId.toString()).addValue("kind", kind.dbValue()).addValue("name", settings.name())
                        .addValue("provider", provider).addValue("source", source).addValue("media_key", mediaKey)
                        .addValue("file_size", fileSize).addValue("trigger", settings.triggerWord())
                        .addValue("weight", settings.defaultWeight()).addValue("base_model", settings.baseModel())
                        .addValue("trained_from", settings.trainedFromVersion())
                        .addValue("created_by", createdBy == null ? null : createdBy.toString()));
        return id;
    }

    List<LoraModel> ofLineage(UUID lineageId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM lora_models WHERE lineage_id = :lineage ORDER BY created_at, id",
                Map.of("lineage", lineageId.toString()), this::model);
    }

    Optional<LoraModel> find(UUID id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM lora_models WHERE id = :id", Map.of("id", id.toString()), this::model)
                .stream().findFirst();
    }

    boolean setStatus(UUID id, String status) {
        return jdbc.update("UPDATE lora_models SET status = :status WHERE id = :id", Map.of("id", id.toString(), "status", status)) > 0;
    }

    boolean delete(UUID id) {
        return jdbc.update("DELETE FROM lora_models WHERE id = :id", Map.of("id", id.toString())) > 0;
    }

    /** The media keys among {@code keys} that an uploaded LoRA stores. */
    Set<String> referenced(Collection<String> keys) {
        return new HashSet<>(jdbc.queryForList("SELECT DISTINCT media_key FROM lora_models WHERE media_key IN (:keys)",
                Map.of("keys", keys), String.class));
    }

    private LoraModel model(ResultSet row, int rowNumber) throws SQLException {
        return new LoraModel(UUID.fromString(row.getString("id")), UUID.fromString(row.getString("lineage_id")),
                LoraKind.ofDbValue(row.getString("kind")).orElseThrow(), row.getString("name"), row.getString("provider"),
                row.getString("source"), row.getString("media_key"), row.getObject("file_size", Long.class), row.getString("trigger_word"),
                row.getBigDecimal("default_weight"), row.getString("base_model"), row.getString("trained_from_version"),
                row.getString("status"), row.getTimestamp("created_at").toInstant(), Optional.empty());
    }
}
