package studio.thresho.media;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Runs the {@link MediaSweep} as a recurring db-scheduler job (table {@code media_tasks}), by one
 * node at a time, every {@code thresho.media.sweep-interval}.
 */
@Component
class MediaJobs implements SmartLifecycle {

    static final String TABLE = "media_tasks";
    static final String SWEEP = "media-sweep";
    private static final Logger log = LoggerFactory.getLogger(MediaJobs.class);

    private final DataSource dataSource;
    private final RecurringTask<Void> sweep;
    private volatile Scheduler scheduler;

    MediaJobs(DataSource dataSource, MediaSweep mediaSweep, @Value("${thresho.media.sweep-interval:6h}") Duration interval) {
        this.dataSource = dataSource;
        this.sweep = Tasks.recurring(SWEEP, Schedules.fixedDelay(interval)).execute((instance, context) -> {
            int removed = mediaSweep.run();
            if (removed > 0) {
                log.info("The media sweep removed {} unreferenced file(s)", removed);
            }
        });
    }

    @Override
    public synchronized void start() {
        scheduler = Scheduler.create(dataSource)
                .tableName(TABLE)
                .startTasks(sweep)
                .threads(1)
                .pollingInterval(Duration.ofSeconds(30))
                .alwaysPersistTimestampInUTC()
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
