package studio.thresho.provider;

import java.time.Duration;

/**
 * A provider answered with an error status.
 *
 * @param retryAfter what its {@code Retry-After} header asked for, or null
 */
public class ProviderHttpException extends RuntimeException {

    private final int status;
    private final String body;
    private final Duration retryAfter;

    public ProviderHttpException(int status, String body, Duration retryAfter) {
        super("HTTP " + status + (body == null || body.isBlank() ? "" : ": " + abbreviate(body)));
        this.status = status;
        this.body = body == null ? "" : body;
        this.retryAfter = retryAfter;
    }

    public int status() {
        return status;
    }

    public String body() {
        return body;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /**
     * Rate limits and server trouble pass; a refused request stays refused, and so does a quota,
     * balance or account refusal sent as 429 ({@link Refusals}).
     */
    public boolean transientFailure() {
        return status == 429 && !Refusals.accountRefusal(status, body) || status >= 500;
    }

    /** A quota, balance, billing, IP allow-list or account refusal: never retried, the user must act. */
    public boolean accountRefusal() {
        return Refusals.accountRefusal(status, body);
    }

    private static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }
}
