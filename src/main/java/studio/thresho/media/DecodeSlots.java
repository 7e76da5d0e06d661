package studio.thresho.media;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How many images are decoded at once ({@code thresho.media.concurrent-decodes}, 2 by default): a
 * decoded 50-megapixel image takes 200 MB, so uploads beyond that wait for a free slot instead of
 * running the server out of memory. Whoever has to wait is told first, so the page can say so.
 */
@Component
class DecodeSlots {

    static final Duration MAX_WAIT = Duration.ofMinutes(2);

    private final Semaphore slots;

    DecodeSlots(@Value("${thresho.media.concurrent-decodes:2}") int size) {
        if (size < 1) {
            throw new IllegalArgumentException("thresho.media.concurrent-decodes must be at least 1, not " + size);
        }
        this.slots = new Semaphore(size, true);
    }

    /** Runs the work in a slot; {@code onWait} runs first when every slot is taken. */
    <T> T run(Supplier<T> work, Runnable onWait) {
        if (!slots.tryAcquire()) {
            onWait.run();
            acquireWithin(MAX_WAIT);
        }
        try {
            return work.get();
        } finally {
            slots.release();
        }
    }

    private void acquireWithin(Duration wait) {
        try {
            if (!slots.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new MediaRejectedException("The server is busy with other images; try again in a minute.");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MediaRejectedException("The upload was stopped while it waited for its turn.");
        }
    }
}
