package studio.thresho.generation;

import java.time.Instant;

/**
 * One line of a generation's log: a call to its provider (submit, poll, download, cancel) with its
 * outcome, or a change of its status ({@code transition}) with the reason.
 *
 * @param outcome for a call "ok", "refused", "retryable_error", "network_error" or "unreachable";
 *                for a transition the new status
 */
public record GenerationLogEntry(Instant at, String kind, int attempt, long durationMs, String outcome, Integer httpStatus,
                                 String message) {

    public static final String TRANSITION = "transition";

    public boolean transition() {
        return TRANSITION.equals(kind);
    }
}
