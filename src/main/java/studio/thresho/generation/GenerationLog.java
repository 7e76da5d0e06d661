package studio.thresho.generation;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import studio.thresho.provider.ProviderCallLog;

/**
 * A generation's log ({@code generation_attempts}): the provider calls its job made, and each
 * change of its status, written in the transaction that changes it, so a user can see when and
 * why a generation became uncertain.
 */
@Component
class GenerationLog implements ProviderCallLog {

    private static final int MESSAGE_LIMIT = 2000;

    private final JdbcTemplate jdbc;

    GenerationLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void transition(UUID recordId, GenerationStatus from, GenerationStatus to, String reason) {
        String change = (from == null ? "Created as " + to.label().toLowerCase() : from.label() + " → " + to.label())
                + (reason == null || reason.isBlank() ? "" : ": " + reason);
        jdbc.update("""
                INSERT INTO generation_attempts (id, generation_record_id, kind, attempt, started_at, duration_ms, outcome, message)
                VALUES (?, ?, ?, 0, ?, 0, ?, ?)""", UUID.randomUUID().toString(), recordId.toString(), GenerationLogEntry.TRANSITION,
                Timestamp.from(Instant.now()), to.dbValue(), limited(change));
    }

    private static String limited(String message) {
        return message == null || message.length() <= MESSAGE_LIMIT ? message : message.substring(0, MESSAGE_LIMIT);
    }

    @Override
    public void record(UUID generationId, Call call) {
        jdbc.update("""
                INSERT INTO generation_attempts (id, generation_record_id, kind, attempt, started_at, duration_ms, outcome, http_status, message)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", UUID.randomUUID().toString(), generationId.toString(), call.kind(), call.attempt(),
                Timestamp.from(call.startedAt()), call.durationMs(), call.outcome(), call.httpStatus(), limited(call.message()));
    }

    List<GenerationLogEntry> entries(UUID recordId) {
        return jdbc.query("""
                SELECT started_at, kind, attempt, duration_ms, outcome, http_status, message FROM generation_attempts
                WHERE generation_record_id = ? ORDER BY started_at, kind""", (row, index) -> new GenerationLogEntry(
                row.getTimestamp("started_at").toInstant(), row.getString("kind"), row.getInt("attempt"), row.getLong("duration_ms"),
                row.getString("outcome"), row.getObject("http_status", Integer.class), row.getString("message")), recordId.toString());
    }
}
