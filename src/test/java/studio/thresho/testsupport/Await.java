package studio.thresho.testsupport;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Waits for background work (generation jobs) seen through a service call. */
public final class Await {

    private Await() {
    }

    /** Reads until the value satisfies the condition, for at most the given time; fails otherwise. */
    public static <T> T until(Supplier<T> read, Predicate<T> condition, Duration atMost) {
        Instant deadline = Instant.now().plus(atMost);
        T value = read.get();
        while (!condition.test(value)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Still not done after " + atMost.toSeconds() + " s: " + value);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting", e);
            }
            value = read.get();
        }
        return value;
    }
}
