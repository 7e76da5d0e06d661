package studio.thresho.wizard;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import studio.thresho.base.SchedulerLifecycle;

/**
 * Runs the {@link WizardHousekeeping} as a recurring db-scheduler job (table {@code wizard_tasks}),
 * by one node at a time, every {@code thresho.wizard.housekeeping-interval}.
 */
@Component
class WizardJobs extends SchedulerLifecycle {

    static final String TABLE = "wizard_tasks";
    static final String HOUSEKEEPING = "wizard-housekeeping";
    private static final Logger log = LoggerFactory.getLogger(WizardJobs.class);

    private final DataSource dataSource;
    private final RecurringTask<Void> housekeeping;

    WizardJobs(DataSource dataSource, WizardHousekeeping work, @Value("${thresho.wizard.housekeeping-interval:6h}") Duration interval) {
        this.dataSource = dataSource;
        this.housekeeping = Tasks.recurring(HOUSEKEEPING, Schedules.fixedDelay(interval)).execute((instance, context) -> {
            WizardHousekeeping.Result result = work.run(Instant.now());
            if (result.abandoned() + result.cleaned() > 0) {
                log.info("Wizard housekeeping: {} session(s) abandoned, {} cleaned ({} generation(s) deleted)", result.abandoned(),
                        result.cleaned(), result.generationsDeleted());
            }
        });
    }

    @Override
    protected Scheduler createScheduler() {
        return Scheduler.create(dataSource)
                .tableName(TABLE)
                .startTasks(housekeeping)
                .threads(1)
                .pollingInterval(Duration.ofSeconds(30))
                .alwaysPersistTimestampInUTC()
                .shutdownMaxWait(Duration.ofSeconds(5))
                .build();
    }
}
