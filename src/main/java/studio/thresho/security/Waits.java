package studio.thresho.security;

import java.time.Duration;

/** A wait in words, for messages about throttled sign-ins. */
public final class Waits {

    private Waits() {
    }

    /** "1 second", "40 seconds", "3 minutes" (rounded up). */
    public static String describe(Duration wait) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        if (seconds < 60) {
            return seconds == 1 ? "1 second" : seconds + " seconds";
        }
        long minutes = (seconds + 59) / 60;
        return minutes == 1 ? "1 minute" : minutes + " minutes";
    }
}
