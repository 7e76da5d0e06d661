package studio.thresho.lora;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The {@code lora_exports} rows: written once, never changed, so plain SQL. */
@Component
class LoraExportStore {

    private static final TypeReference<List<LoraExportSummary.ExportedCaption>> CAPTIONS = new TypeReference<>() {
    };
    private static final String COLUMNS = "id, lineage_id, version, export_format, image_count, trigger_word, class_word, long_side, "
            + "export_path, created_by, created_at, captions";

    private final NamedParameterJdbcTemplate jdbc;
    private final JsonMapper json;

    LoraExportStore(NamedParameterJdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    LoraExportSummary insert(LoraDataset dataset, List<String> files, String fileName, UUID createdBy, Instant at) {
        List<LoraExportSummary.ExportedCaption> captions = new java.util.ArrayList<>();
        for (int i = 0; i < dataset.images().size(); i++) {
            DatasetImage image = dataset.images().get(i);
            captions.add(new LoraExportSummary.ExportedCaption(files.get(i), image.mediaKey(), image.caption(), image.suggested(), image.edited()));
        }
        UUID id = UUID.randomUUID();
        jdbc.update("INSERT INTO lora_exports (id, asset_id, lineage_id, version, export_format, export_path, image_count, trigger_word, "
                        + "class_word, long_side, captions, created_by, created_at) VALUES (:id, :version_id, :lineage, :version, :format, "
                        + ":path, :count, :trigger, :class, :long_side, :captions, :created_by, :at)",
                new MapSqlParameterSource().addValue("id", id.toString()).addValue("version_id", dataset.versionId().toString())
                        .addValue("lineage", dataset.lineageId().toString()).addValue("version", dataset.version())
                        .addValue("format", dataset.format().dbValue()).addValue("path", fileName).addValue("count", dataset.imageCount())
                        .addValue("trigger", dataset.trigger()).addValue("class", dataset.subjectClass().word())
                        .addValue("long_side", dataset.longSide()).addValue("captions", json.writeValueAsString(captions))
                        .addValue("created_by", createdBy == null ? null : createdBy.toString()).addValue("at", Timestamp.from(at)));
        return new LoraExportSummary(id, dataset.lineageId(), dataset.version(), dataset.format(), dataset.imageCount(), dataset.trigger(),
                dataset.subjectClass().word(), dataset.longSide(), fileName, createdBy, at, List.copyOf(captions));
    }

    List<LoraExportSummary> ofLineage(UUID lineageId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM lora_exports WHERE lineage_id = :lineage ORDER BY created_at DESC",
                Map.of("lineage", lineageId.toString()), this::summary);
    }

    /** The media keys among {@code keys} that an export's captions name. */
    Set<String> referenced(Collection<String> keys) {
        return new HashSet<>(jdbc.queryForList("SELECT DISTINCT jt.media_key FROM lora_exports e, JSON_TABLE(e.captions, '$[*]' "
                + "COLUMNS (media_key VARCHAR(64) PATH '$.mediaKey')) jt WHERE jt.media_key IN (:keys)", Map.of("keys", keys), String.class));
    }

    private LoraExportSummary summary(ResultSet row, int rowNumber) throws SQLException {
        String captions = row.getString("captions");
        String createdBy = row.getString("created_by");
        String lineage = row.getString("lineage_id");
        Integer longSide = row.getObject("long_side", Integer.class);
        return new LoraExportSummary(UUID.fromString(row.getString("id")), lineage == null ? null : UUID.fromString(lineage),
                row.getString("version"), LoraFormat.ofDbValue(row.getString("export_format")).orElseThrow(), row.getInt("image_count"),
                row.getString("trigger_word"), row.getString("class_word"), longSide, row.getString("export_path"),
                createdBy == null ? null : UUID.fromString(createdBy), row.getTimestamp("created_at").toInstant(),
                captions == null ? List.of() : json.readValue(captions, CAPTIONS));
    }
}
