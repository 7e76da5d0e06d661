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

/**
 * The {@code lora_trainings} rows. Every change of status is one conditional update ("from this
 * status"), so a cancel and a job step never overwrite each other: the loser changes nothing.
 */
@Component
class LoraTrainingStore {

    /** The log lines kept, newest last; the column holds far more, the page shows these. */
    static final int LOG_TAIL_CHARS = 4000;
    static final int MAX_MESSAGE_LENGTH = 1000;
    private static final String COLUMNS = "id, lineage_id, talent_version, trigger_word, base_model, trainer, trainer_version, destination, "
            + "visibility, create_model, input, dataset_key, dataset_url, image_count, status, provider_training_id, progress, log_tail, "
            + "message, cancel_requested, lora_model_id, created_at";

    private final NamedParameterJdbcTemplate jdbc;

    LoraTrainingStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A training's row with what only its job needs: the resolved trainer version, the input, the dataset. */
    record Row(LoraTraining training, String trainerVersion, String input, String datasetKey, String datasetUrl) {
    }

    void insert(UUID id, LoraDataset dataset, ReplicateTrainer trainer, String trainerModel, TrainingOrder order, boolean createModel,
                String input, String datasetKey, UUID createdBy) {
        jdbc.update("INSERT INTO lora_trainings (id, lineage_id, talent_version, trigger_word, base_model, trainer, destination, visibility, "
                        + "create_model, input, dataset_key, image_count, status, created_by) VALUES (:id, :lineage, :version, :trigger, :base, "
                        + ":trainer, :destination, :visibility, :create, :input, :dataset, :images, :status, :by)",
                new MapSqlParameterSource().addValue("id", id.toString()).addValue("lineage", dataset.lineageId().toString())
                        .addValue("version", dataset.version()).addValue("trigger", dataset.trigger()).addValue("base", trainer.baseModel())
                        .addValue("trainer", trainerModel).addValue("destination", order.destination()).addValue("visibility", order.visibility())
                        .addValue("create", createModel).addValue("input", input).addValue("dataset", datasetKey)
                        .addValue("images", dataset.imageCount()).addValue("status", TrainingStatus.QUEUED.dbValue())
                        .addValue("by", createdBy == null ? null : createdBy.toString()));
    }

    Optional<Row> find(UUID id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM lora_trainings WHERE id = :id", Map.of("id", id.toString()), LoraTrainingStore::row)
                .stream().findFirst();
    }

    List<LoraTraining> ofLineage(UUID lineageId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM lora_trainings WHERE lineage_id = :lineage ORDER BY created_at DESC, id",
                Map.of("lineage", lineageId.toString()), LoraTrainingStore::row).stream().map(Row::training).toList();
    }

    /** Moves the training from one status to another; false when it was no longer in {@code from}. */
    boolean move(UUID id, TrainingStatus from, TrainingStatus to, String message) {
        return jdbc.update("UPDATE lora_trainings SET status = :to, message = :message, updated_at = UTC_TIMESTAMP(6) "
                        + "WHERE id = :id AND status = :from", new MapSqlParameterSource().addValue("id", id.toString())
                        .addValue("from", from.dbValue()).addValue("to", to.dbValue())
                        .addValue("message", message == null ? null : clip(message, MAX_MESSAGE_LENGTH))) > 0;
    }

    void datasetUploaded(UUID id, String url, String trainerVersion) {
        jdbc.update("UPDATE lora_trainings SET dataset_url = :url, trainer_version = :version, updated_at = UTC_TIMESTAMP(6) WHERE id = :id",
                Map.of("id", id.toString(), "url", url, "version", trainerVersion));
    }

    void modelCreated(UUID id) {
        jdbc.update("UPDATE lora_trainings SET create_model = FALSE WHERE id = :id", Map.of("id", id.toString()));
    }

    /** The paid request was answered: the training runs at the provider under this id. */
    boolean started(UUID id, String providerTrainingId) {
        return jdbc.update("UPDATE lora_trainings SET status = :running, provider_training_id = :pid, message = NULL, "
                        + "updated_at = UTC_TIMESTAMP(6) WHERE id = :id AND status = :sending",
                Map.of("id", id.toString(), "pid", providerTrainingId, "running", TrainingStatus.RUNNING.dbValue(),
                        "sending", TrainingStatus.SENDING.dbValue())) > 0;
    }

    void reported(UUID id, Integer progress, String logTail) {
        jdbc.update("UPDATE lora_trainings SET progress = :progress, log_tail = :logs, updated_at = UTC_TIMESTAMP(6) WHERE id = :id",
                new MapSqlParameterSource().addValue("id", id.toString()).addValue("progress", progress).addValue("logs", logTail));
    }

    void trained(UUID id, UUID loraModelId) {
        jdbc.update("UPDATE lora_trainings SET status = :done, lora_model_id = :model, progress = 100, updated_at = UTC_TIMESTAMP(6) "
                        + "WHERE id = :id", Map.of("id", id.toString(), "model", loraModelId.toString(), "done", TrainingStatus.SUCCEEDED.dbValue()));
    }

    /** Marks a cancel for the job to send; false when the training is no longer queued or running. */
    boolean requestCancel(UUID id) {
        return jdbc.update("UPDATE lora_trainings SET cancel_requested = TRUE, updated_at = UTC_TIMESTAMP(6) WHERE id = :id "
                + "AND status IN (:open)", Map.of("id", id.toString(), "open", List.of(TrainingStatus.QUEUED.dbValue(),
                TrainingStatus.SENDING.dbValue(), TrainingStatus.RUNNING.dbValue()))) > 0;
    }

    /** The dataset files among {@code keys} that a training not yet sent still needs. */
    Set<String> referenced(Collection<String> keys) {
        return new HashSet<>(jdbc.queryForList("SELECT DISTINCT dataset_key FROM lora_trainings WHERE dataset_key IN (:keys) AND status IN (:open)",
                Map.of("keys", keys, "open", List.of(TrainingStatus.QUEUED.dbValue(), TrainingStatus.SENDING.dbValue(),
                        TrainingStatus.UNCERTAIN.dbValue())), String.class));
    }

    static String clip(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }

    private static Row row(ResultSet row, int rowNumber) throws SQLException {
        String model = row.getString("lora_model_id");
        LoraTraining training = new LoraTraining(UUID.fromString(row.getString("id")), UUID.fromString(row.getString("lineage_id")),
                row.getString("talent_version"), row.getString("trigger_word"), row.getString("base_model"), row.getString("trainer"),
                row.getString("destination"), row.getString("visibility"), row.getBoolean("create_model"), row.getInt("image_count"),
                TrainingStatus.ofDbValue(row.getString("status")), row.getString("provider_training_id"),
                row.getObject("progress", Integer.class), row.getString("log_tail"), row.getString("message"),
                row.getBoolean("cancel_requested"), model == null ? null : UUID.fromString(model), row.getTimestamp("created_at").toInstant());
        return new Row(training, row.getString("trainer_version"), row.getString("input"), row.getString("dataset_key"),
                row.getString("dataset_url"));
    }
}
