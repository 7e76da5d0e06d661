package studio.thresho.insight;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Duration;
import studio.thresho.base.SchedulerLifecycle;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import studio.thresho.generation.GenerationCompleted;
import studio.thresho.generation.ResultScoreService;
import studio.thresho.security.SystemAuthentication;

/**
 * Scores results in the background (db-scheduler, table {@code scoring_tasks}) so scoring never holds
 * up a generation: one job per completed generation, queued when it completes, and a recurring sweep
 * that queues every generation not scored yet (the backfill of results made before scoring existed,
 * and any job lost on the way). One thread: the face model keeps a core busy while it runs.
 */
@Component
class ScoringJobs extends SchedulerLifecycle {

    static final TaskDescriptor<Void> SCORE = TaskDescriptor.of("result-scoring");
    static final String TABLE = "scoring_tasks";
    private static final Logger log = LoggerFactory.getLogger(ScoringJobs.class);

    private final DataSource dataSource;
    private final ScoringSettings settings;
    private final OneTimeTask<Void> score;
    private final RecurringTask<Void> sweep;

    ScoringJobs(DataSource dataSource, ResultScoring scoring, ResultScoreService results, ScoringSettings settings) {
        this.dataSource = dataSource;
        this.settings = settings;
        this.score = Tasks.oneTime(SCORE).execute((instance, context) -> {
            int scored = scoring.score(UUID.fromString(instance.getId()));
            log.debug("Scored {} result(s) of generation {}", scored, instance.getId());
        });
        this.sweep = Tasks.recurring("result-scoring-sweep", Schedules.fixedDelay(settings.sweepInterval()))
                .execute((instance, context) -> SystemAuthentication.runAsSystem(
                        () -> results.unscored(settings.sweepBatch()).forEach(this::queue)));
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(GenerationCompleted completed) {
        queue(completed.generationId());
    }

    void queue(UUID generationId) {
        Scheduler running = runningScheduler();
        if (running != null) {
            running.scheduleIfNotExists(SCORE.instance(generationId.toString()).scheduledTo(Instant.now()));
        }
    }

    @Override
    protected Scheduler createScheduler() {
        return Scheduler.create(dataSource, score)
                .tableName(TABLE)
                .startTasks(sweep)
                .threads(1)
                .pollingInterval(Duration.ofSeconds(2))
                .alwaysPersistTimestampInUTC()
                .enableImmediateExecution()
                .shutdownMaxWait(Duration.ofSeconds(5))
                .build();
    }
}
