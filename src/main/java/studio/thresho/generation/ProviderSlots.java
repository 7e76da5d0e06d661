package studio.thresho.generation;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A provider's concurrency slots, taken atomically: the provider's row in {@code provider_slots}
 * is locked while the generations holding a slot (submitting, submitted, running) are counted and a
 * queued one moves to submitting, so two threads or two nodes never exceed the limit. A slot is
 * free again as soon as its generation leaves those statuses, whatever ended it.
 */
@Component
class ProviderSlots {

    /** What taking a slot came to: taken (the generation is now submitting), all busy, or nothing to do. */
    record Outcome(boolean taken, long inUse) {

        static Outcome busy(long inUse) {
            return new Outcome(false, inUse);
        }
    }

    private final JdbcTemplate jdbc;
    private final GenerationRecords records;
    private final TransactionTemplate transaction;
    private final Set<String> lockRows = ConcurrentHashMap.newKeySet();

    ProviderSlots(JdbcTemplate jdbc, GenerationRecords records, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.records = records;
        this.transaction = new TransactionTemplate(transactions);
        // the count must see what other transactions committed while this one waited for the lock
        this.transaction.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
    }

    /**
     * Takes one of the provider's slots for a queued generation and commits it as submitting, the
     * state in which its request may leave. Not taken when all slots are busy or the generation is
     * no longer queued (cancelled meanwhile).
     */
    Outcome take(UUID recordId, String providerId, int limit) {
        ensureLockRow(providerId);
        Outcome outcome = transaction.execute(status -> locked(recordId, providerId, limit));
        if (outcome == null) {
            lockRows.remove(providerId);
            ensureLockRow(providerId);
            outcome = transaction.execute(status -> locked(recordId, providerId, limit));
        }
        return outcome;
    }

    /** In the locking transaction; null when the provider's row is missing. */
    private Outcome locked(UUID recordId, String providerId, int limit) {
        if (jdbc.queryForList("SELECT provider_id FROM provider_slots WHERE provider_id = ? FOR UPDATE", String.class, providerId).isEmpty()) {
            return null;
        }
        long inUse = inUse(providerId);
        if (inUse >= limit) {
            return Outcome.busy(inUse);
        }
        boolean moved = records.update(recordId, current -> current == GenerationStatus.QUEUED, record -> {
            record.setStatus(GenerationStatus.SUBMITTING);
            record.setStartedAt(Instant.now());
            record.setErrorMessage(null);
        });
        return new Outcome(moved, moved ? inUse + 1 : inUse);
    }

    long inUse(String providerId) {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM generation_records WHERE provider_id = ? AND status IN (?, ?, ?)", Long.class,
                providerId, GenerationStatus.SUBMITTING.dbValue(), GenerationStatus.SUBMITTED.dbValue(), GenerationStatus.RUNNING.dbValue());
        return count == null ? 0 : count;
    }

    /** The row to lock, made once per provider in a statement of its own (an insert in the locking transaction could deadlock). */
    private void ensureLockRow(String providerId) {
        if (!lockRows.contains(providerId)) {
            jdbc.update("INSERT IGNORE INTO provider_slots (provider_id) VALUES (?)", providerId);
            lockRows.add(providerId);
        }
    }
}
