package studio.thresho.lora;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.jdbc.AutodetectJdbcCustomization;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import studio.thresho.base.SchedulerLifecycle;

/**
 * Runs each training as a persistent background job (db-scheduler, table {@code lora_tasks}),
 * scheduled in the transaction that records the training, rescheduled after every look at it
 * until it is finished; a job whose node died is picked up again, a failed step runs again later.
 */
@Component
@EnableConfigurationProperties(LoraTrainingSettings.class)
class LoraTrainingJobs extends SchedulerLifecycle {

    static final String TABLE = "lora_tasks";
    static final TaskDescriptor<Void> TRAINING = TaskDescriptor.of("lora-training");

    private final DataSource dataSource;
    private final CustomTask<Void> task;
    private final SchedulerClient client;

    LoraTrainingJobs(DataSource dataSource, LoraTrainingWorker worker, LoraTrainingSettings settings) {
        this.dataSource = new TransactionAwareDataSourceProxy(dataSource);
        this.task = steppedTask(TRAINING, settings.retryDelay(), worker::step);
        this.client = SchedulerClient.Builder.create(this.dataSource, task).tableName(TABLE)
                .jdbcCustomization(new AutodetectJdbcCustomization(this.dataSource, true))
                .build();
    }

    /** The training's job, run now, in the caller's transaction when there is one. */
    void schedule(UUID trainingId) {
        client.scheduleIfNotExists(TRAINING.instance(trainingId.toString()).scheduledTo(Instant.now()));
        wakeAfterCommit();
    }

    /** The training's next look happens now (a cancel to send); false when it has no job any more. */
    boolean runNow(UUID trainingId) {
        try {
            client.reschedule(TaskInstanceId.of(TRAINING.getTaskName(), trainingId.toString()), Instant.now());
            wake();
            return true;
        } catch (RuntimeException runningOrGone) {
            return false;
        }
    }

    @Override
    protected Scheduler createScheduler() {
        return Scheduler.create(dataSource, task)
                .tableName(TABLE)
                .threads(1)
                .pollingInterval(Duration.ofSeconds(10))
                .alwaysPersistTimestampInUTC()
                .enableImmediateExecution()
                .shutdownMaxWait(Duration.ofSeconds(5))
                .build();
    }
}
