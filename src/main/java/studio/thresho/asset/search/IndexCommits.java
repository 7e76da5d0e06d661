package studio.thresho.asset.search;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.index.IndexWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When the index's changes reach the disk. A commit is an fsync, tens of milliseconds on a busy disk,
 * so a change is made searchable at once (near-real-time reader) and committed up to {@code delay}
 * later in the background, together with whatever else changed meanwhile: a save does not wait for
 * the disk. The data version goes into each commit as it was after the changes the commit holds,
 * never ahead of them, so an index cut short by a crash reads as stale at the next start and is
 * rebuilt from the database. With a zero delay every change commits before it returns.
 */
final class IndexCommits {

    private static final Logger log = LoggerFactory.getLogger(IndexCommits.class);
    static final String DATA_VERSION = "dataVersion";

    /** How long closing waits for a background commit already under way. */
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(30);

    private final IndexWriter writer;
    private final Duration delay;
    private final ScheduledThreadPoolExecutor committer;
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final Object commitLock = new Object();
    /** The data version the changes made so far reflect; written only after those changes reached the writer. */
    private volatile String dataVersion;

    IndexCommits(IndexWriter writer, Duration delay) {
        this.writer = writer;
        this.delay = delay;
        this.dataVersion = committedVersion(writer);
        this.committer = delay.isZero() ? null : backgroundCommitter();
    }

    String dataVersion() {
        return dataVersion;
    }

    /** Changes were made to the writer; {@code newVersion} (unless null) is the data version they bring the index to. */
    void changed(String newVersion) throws IOException {
        if (newVersion != null) {
            dataVersion = newVersion;
        }
        if (committer == null) {
            commit();
        } else if (scheduled.compareAndSet(false, true)) {
            try {
                committer.schedule(this::commitInBackground, delay.toMillis(), TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException closing) {
                // a change while the application stops, after the last background commit: committed here
                scheduled.set(false);
                commit();
            }
        }
    }

    /** Marks the index as reflecting no data version until the next {@link #changed}: for a rebuild under way. */
    void invalidate() {
        dataVersion = "";
    }

    /** Commits now whatever the writer holds, recording {@code newVersion} as the data version it reflects. */
    void commit(String newVersion) throws IOException {
        dataVersion = newVersion;
        commit();
    }

    /** Commits now whatever the writer holds, with the data version it reflects. */
    void commit() throws IOException {
        synchronized (commitLock) {
            writer.setLiveCommitData(Map.of(DATA_VERSION, dataVersion).entrySet());
            writer.commit();
        }
    }

    /**
     * Commits what is pending and stops committing in the background. A commit under way is waited
     * for, never interrupted: an interrupt closes Lucene's file channels and with them the writer.
     */
    void close() throws IOException {
        if (committer != null) {
            committer.shutdown();
            try {
                if (!committer.awaitTermination(CLOSE_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                    log.warn("A background commit of the search index took longer than {}; closing all the same", CLOSE_WAIT);
                }
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        commit();
    }

    private static ScheduledThreadPoolExecutor backgroundCommitter() {
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1,
                Thread.ofPlatform().name("search-index-commit").daemon(true).factory());
        // a commit still waiting for its delay is dropped at close: close commits everything itself
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        return executor;
    }

    private void commitInBackground() {
        // cleared first: a change arriving during this commit schedules the next one
        scheduled.set(false);
        try {
            commit();
        } catch (IOException | RuntimeException failed) {
            log.error("Could not commit the search index; the next change tries again, a restart rebuilds it", failed);
        }
    }

    private static String committedVersion(IndexWriter writer) {
        Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
        if (data != null) {
            for (Map.Entry<String, String> entry : data) {
                if (entry.getKey().equals(DATA_VERSION)) {
                    return entry.getValue();
                }
            }
        }
        return "";
    }
}
