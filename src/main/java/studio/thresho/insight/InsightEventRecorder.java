package studio.thresho.insight;

import jakarta.annotation.PreDestroy;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import studio.thresho.asset.AssetCreated;
import studio.thresho.asset.LibraryActivity;
import studio.thresho.asset.TalentAdded;
import studio.thresho.generation.GenerationSubmitted;
import studio.thresho.security.CurrentUser;
import studio.thresho.security.SignedInUser;

/**
 * Records insight events without slowing the UI: listeners only queue an event (after the commit of
 * what caused it); a background thread writes the queue to {@code insight_events} in batches.
 */
@Component
public class InsightEventRecorder {

    private static final Logger log = LoggerFactory.getLogger(InsightEventRecorder.class);
    private static final String INSERT = "INSERT INTO insight_events (kind, occurred_at, user_id, project_id, visit_id, amount) VALUES (?, ?, ?, ?, ?, ?)";

    private final ConcurrentLinkedQueue<InsightEvent> queue = new ConcurrentLinkedQueue<>();
    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final int batchSize;
    private final ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform()
            .name("insight-events").daemon(true).factory());

    InsightEventRecorder(JdbcTemplate jdbc, CurrentUser currentUser,
                         @Value("${thresho.insights.flush-millis:2000}") long flushMillis,
                         @Value("${thresho.insights.batch-size:500}") int batchSize) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.batchSize = batchSize;
        writer.scheduleWithFixedDelay(this::flushQuietly, flushMillis, flushMillis, TimeUnit.MILLISECONDS);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(AssetCreated created) {
        queue(EventKind.ASSET_CREATED, created.projectId(), null, null);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(GenerationSubmitted submitted) {
        queue(EventKind.GENERATION, submitted.projectId(), null, submitted.libraryTalent() ? 1L : 0L);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(TalentAdded added) {
        queue(EventKind.TALENT_ADDED, added.projectId(), null, added.took().toMillis());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(LibraryActivity activity) {
        queue(activity.opened() ? EventKind.LIBRARY_RESULT_OPENED : EventKind.LIBRARY_SEARCH, activity.projectId(), activity.visitId(), null);
    }

    /** Queues an event as it happens now, by the signed-in user. */
    private void queue(EventKind kind, UUID projectId, UUID visitId, Long amount) {
        record(new InsightEvent(kind, Instant.now(), currentUser.get().map(SignedInUser::id).orElse(null), projectId, visitId, amount));
    }

    /** Queues an event to be written with the next batch (demo data and tests give past times). */
    public void record(InsightEvent event) {
        queue.add(event);
    }

    /** Writes every queued event now, in batches. */
    public synchronized int flush() {
        int written = 0;
        List<InsightEvent> batch = new ArrayList<>();
        for (InsightEvent event = queue.poll(); event != null; event = queue.poll()) {
            batch.add(event);
            if (batch.size() == batchSize) {
                written += write(batch);
                batch.clear();
            }
        }
        return written + write(batch);
    }

    private int write(List<InsightEvent> batch) {
        if (batch.isEmpty()) {
            return 0;
        }
        jdbc.batchUpdate(INSERT, batch, batch.size(), (statement, event) -> {
            statement.setString(1, event.kind().dbValue());
            statement.setTimestamp(2, Timestamp.from(event.occurredAt()));
            statement.setString(3, text(event.userId()));
            statement.setString(4, text(event.projectId()));
            statement.setString(5, text(event.visitId()));
            statement.setObject(6, event.amount());
        });
        return batch.size();
    }

    private void flushQuietly() {
        try {
            flush();
        } catch (RuntimeException failed) {
            // a project deleted meanwhile, the database away: the metrics lose a few events, the app goes on
            log.warn("Could not write insight events: {}", failed.getMessage());
        }
    }

    @PreDestroy
    void stop() {
        writer.shutdown();
        flushQuietly();
    }

    private static String text(UUID id) {
        return id == null ? null : id.toString();
    }
}
