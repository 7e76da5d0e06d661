package studio.thresho.shotlist;

import java.util.Collection;
import java.util.Objects;
import studio.thresho.generation.GenerationStatus;

/** Where a list's generated shots stand, by their latest generation: done, running, queued, failed (or cancelled). */
public record BatchProgress(int done, int running, int queued, int failed) {

    public static BatchProgress of(Collection<ShotFrames> shots) {
        int done = 0;
        int running = 0;
        int queued = 0;
        int failed = 0;
        for (GenerationStatus status : shots.stream().map(ShotFrames::latestStatus).filter(Objects::nonNull).toList()) {
            if (status == GenerationStatus.SUCCEEDED) {
                done++;
            } else if (status == GenerationStatus.QUEUED) {
                queued++;
            } else if (status.finished()) {
                failed++;
            } else {
                running++;
            }
        }
        return new BatchProgress(done, running, queued, failed);
    }

    public int total() {
        return done + running + queued + failed;
    }

    public boolean active() {
        return running + queued > 0;
    }

    /** Share of the generated shots that have finished, for a progress bar. */
    public double finishedShare() {
        return total() == 0 ? 0 : (double) (done + failed) / total();
    }

    public String summary() {
        return done + " done · " + running + " running · " + queued + " queued · " + failed + " failed";
    }
}
