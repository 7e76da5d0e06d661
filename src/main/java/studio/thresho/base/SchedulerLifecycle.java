package studio.thresho.base;

import com.github.kagkarlsson.scheduler.Scheduler;
import org.springframework.context.SmartLifecycle;

/** A db-scheduler that starts with the application context and stops before it closes. */
public abstract class SchedulerLifecycle implements SmartLifecycle {

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
