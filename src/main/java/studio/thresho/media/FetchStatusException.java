package studio.thresho.media;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * The server answered a fetch with an error status.
 *
 * @see #retryAfter() what its {@code Retry-After} header asked for, or null
 */
public class FetchStatusException extends RuntimeException {

    private final int status;
    private final String body;
    private final Duration retryAfter;

    FetchStatusException(int status, String body, String retryAfterHeader) {
        super("HTTP " + status);
        this.status = status;
        this.body = body == null ? "" : body;
        this.retryAfter = parseRetryAfter(retryAfterHeader);
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

    /** Seconds or an HTTP date, as RFC 9110 allows. */
    static Duration parseRetryAfter(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Duration.ofSeconds(Long.parseLong(value.trim()));
        } catch (NumberFormatException notSeconds) {
            try {
                Duration until = Duration.between(ZonedDateTime.now(), ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME));
                return until.isNegative() ? Duration.ZERO : until;
            } catch (DateTimeParseException notADate) {
                return null;
            }
        }
    }
}
