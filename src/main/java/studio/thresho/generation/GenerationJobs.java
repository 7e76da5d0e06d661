package studio.thresho.generation;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Runs generations as persistent background jobs (db-scheduler, table {@code scheduled_tasks}):
 * one job per generation record, rescheduled after each poll until the generation is finished. A
 * job left behind by a stopped application is picked up again at the next start.
 */
@Component
class GenerationJobs implements SmartLifecycle {

    static final TaskDescriptor<Void> GENERATION = TaskDescriptor.of("generation");

    private final DataSource dataSource;
    private final GenerationWorker worker;
    private final Duration pollingInterval;
    private final CustomTask<Void> task;
    private volatile Scheduler scheduler;

    GenerationJobs(DataSource dataSource, GenerationWorker worker,
                   @Value("${thresho.generation.job-polling-interval:2s}") Duration pollingInterval) {
        this.dataSource = dataSource;
        this.worker = worker;
        this.pollingInterval = pollingInterval;
        this.task = Tasks.custom(GENERATION).execute((instance, context) -> {
            Optional<Duration> next = worker.step(UUID.fromString(instance.getId()));
            if (next.isEmpty()) {
                return new CompletionHandler.OnCompleteRemove<>();
            }
            Duration delay = next.get();
            return (complete, operations) -> operations.reschedule(complete, Instant.now().plus(delay));
        });
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(GenerationQueued queued) {
        schedule(queued.recordId());
    }

    void schedule(UUID recordId) {
        scheduler.schedule(GENERATION.instance(recordId.toString()).scheduledTo(Instant.now()));
    }

    @Override
    public synchronized void start() {
        scheduler = Scheduler.create(dataSource, task)
                .threads(4)
                .pollingInterval(pollingInterval)
                .alwaysPersistTimestampInUTC()
                .enableImmediateExecution()
                .shutdownMaxWait(Duration.ofSeconds(5))
                .build();
        scheduler.start();
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.stop();
            scheduler = null;
        }
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }
}
