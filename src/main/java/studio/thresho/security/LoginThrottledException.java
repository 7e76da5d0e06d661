package studio.thresho.security;

import java.time.Duration;
import org.springframework.security.authentication.LockedException;

/**
 * Too many failed sign-ins for the typed name or from the address; says nothing about whether the
 * account exists. A {@link LockedException}, so no other authentication provider is asked.
 */
class LoginThrottledException extends LockedException {

    private final Duration wait;

    LoginThrottledException(Duration wait) {
        super("Too many failed sign-ins; try again later");
        this.wait = wait;
    }

    /** Whole seconds still to wait, at least one. */
    long waitSeconds() {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }
}
