package studio.thresho.base;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.context.SmartLifecycle;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** A db-scheduler that starts with the application context and stops before it closes. */
public abstract class SchedulerLifecycle implements SmartLifecycle {

    /**
     * A job per record that runs one step at a time: {@code step} returns the wait before the next
     * step, or empty when the record needs no more; a failed step runs again later with a growing
     * delay, and a job whose node died is picked up again.
     */
    protected static CustomTask<Void> steppedTask(TaskDescriptor<Void> descriptor, Duration retryDelay, Function<UUID, Optional<Duration>> step) {
        return Tasks.custom(descriptor)
                .onFailure(new FailureHandler.ExponentialBackoffFailureHandler<>(retryDelay))
                .onDeadExecutionRevive()
                .execute((instance, context) -> {
                    Optional<Duration> next = step.apply(UUID.fromString(instance.getId()));
                    if (next.isEmpty()) {
                        return new CompletionHandler.OnCompleteRemove<>();
                    }
                    Duration delay = next.get();
                    return (complete, operations) -> operations.reschedule(complete, Instant.now().plus(delay));
                });
    }

    /** Looks for due jobs now, or once the caller's transaction commits when there is one (its jobs exist only then). */
    protected void wakeAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    wake();
                }
            });
        } else {
            wake();
        }
    }

    /** Looks for due jobs now rather than at the next polling interval. */
    protected void wake() {
        Scheduler running = scheduler;
        if (running != null) {
            running.triggerCheckForDueExecutions();
        }
    }

    private volatile Scheduler scheduler;

    /** The scheduler with its tasks, not yet started. */
    protected abstract Scheduler createScheduler();

    /** The running scheduler, or null before start and after stop. */
    protected Scheduler runningScheduler() {
        return scheduler;
    }

    @Override
    public synchronized void start() {
        scheduler = createScheduler();
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
