package studio.thresho.generation.provider.http;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The log of every call a generation job makes to a provider ({@code generation_attempts}). The
 * job names its generation for the calls made on its thread; calls outside a job (a connection
 * test) are not logged.
 */
@Component
public class ProviderAttempts {

    private static final ThreadLocal<UUID> CURRENT = new ThreadLocal<>();
    private final JdbcTemplate jdbc;

    public ProviderAttempts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Runs provider calls on behalf of a generation record. */
    public <T> T during(UUID recordId, Supplier<T> calls) {
        UUID previous = CURRENT.get();
        CURRENT.set(recordId);
        try {
            return calls.get();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    void record(String kind, int attempt, Instant started, String outcome, Integer httpStatus, String message) {
        UUID record = CURRENT.get();
        if (record == null) {
            return;
        }
        jdbc.update("""
                INSERT INTO generation_attempts (id, generation_record_id, kind, attempt, started_at, duration_ms, outcome, http_status, message)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", UUID.randomUUID().toString(), record.toString(), kind, attempt,
                java.sql.Timestamp.from(started), Duration.between(started, Instant.now()).toMillis(), outcome, httpStatus,
                message == null ? null : message.length() > 2000 ? message.substring(0, 2000) : message);
    }
}
