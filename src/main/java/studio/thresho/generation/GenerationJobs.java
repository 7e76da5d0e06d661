package studio.thresho.generation;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.jdbc.AutodetectJdbcCustomization;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import studio.thresho.base.SchedulerLifecycle;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronization;

/**
 * Runs generations as persistent background jobs (db-scheduler, table {@code scheduled_tasks}):
 * one job per generation record, rescheduled after each poll until the generation is finished.
 * A job is scheduled in the transaction that writes its record (the scheduler works through a
 * transaction-aware data source and never commits on its own), so a record is never committed
 * without its job. A job whose node died is picked up after {@code missedHeartbeats} heartbeats;
 * a failed step runs again with a growing delay; a recurring sweep, run by one node at a time,
 * finds generations without a job and stuck ones.
 */
@Component
@EnableConfigurationProperties(JobSettings.class)
class GenerationJobs extends SchedulerLifecycle {

    static final TaskDescriptor<Void> GENERATION = TaskDescriptor.of("generation");
    static final String SWEEP = "generation-sweep";
    private static final int WAKE_ON_FREED_SLOT = 3;

    private final DataSource dataSource;
    private final JobSettings settings;
    private final CustomTask<Void> task;
    private final RecurringTask<Void> sweepTask;
    private final SchedulerClient client;
    private final JdbcTemplate jdbc;

    GenerationJobs(DataSource dataSource, GenerationWorker worker, GenerationSweep sweep, JobSettings settings) {
        this.dataSource = new TransactionAwareDataSourceProxy(dataSource);
        this.jdbc = new JdbcTemplate(this.dataSource);
        this.settings = settings;
        this.task = steppedTask(GENERATION, settings.retryDelay(), worker::step);
        this.sweepTask = Tasks.recurring(SWEEP, FixedDelay.of(settings.sweepInterval())).execute((instance, context) -> sweep.run(this));
        this.client = SchedulerClient.Builder.create(this.dataSource, task)
                .jdbcCustomization(new AutodetectJdbcCustomization(this.dataSource, true))
                .build();
    }

    /**
     * Schedules the generation's job to run now, in the caller's transaction when there is one:
     * the job exists once that transaction commits, and not at all if it rolls back.
     */
    void schedule(UUID recordId) {
        client.scheduleIfNotExists(GENERATION.instance(recordId.toString()).scheduledTo(Instant.now()));
        wakeAfterCommit();
    }

    /**
     * The oldest generations waiting for one of the provider's slots run now rather than at their
     * next look ({@link JobSettings#slotWait()}); several, as one of them may be running its step already.
     */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(SlotFreed freed) {
        List<String> waiting = jdbc.queryForList("SELECT id FROM generation_records WHERE provider_id = ? AND status = ? ORDER BY created_at "
                + "LIMIT " + WAKE_ON_FREED_SLOT, String.class, freed.providerId(), GenerationStatus.QUEUED.dbValue());
        for (String id : waiting) {
            try {
                client.reschedule(TaskInstanceId.of(GENERATION.getTaskName(), id), Instant.now());
            } catch (RuntimeException runningOrGone) {
                // its step runs right now, or it has just finished: nothing to wake
            }
        }
        if (!waiting.isEmpty()) {
            wake();
        }
    }

    @Override
    protected Scheduler createScheduler() {
        return Scheduler.create(dataSource, task)
                .startTasks(sweepTask)
                .threads(4)
                .pollingInterval(settings.jobPollingInterval())
                .heartbeatInterval(settings.heartbeatInterval())
                .missedHeartbeatsLimit(settings.missedHeartbeats())
                .alwaysPersistTimestampInUTC()
                .enableImmediateExecution()
                .shutdownMaxWait(Duration.ofSeconds(5))
                .build();
    }
}
