package studio.thresho.provider.http;

import studio.thresho.provider.ProviderHttpException;
import feign.Response;
import feign.codec.ErrorDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Collection;

/** Turns every error status into a {@link ProviderHttpException} carrying the body and Retry-After. */
final class ProviderHttpErrors implements ErrorDecoder {

    static final int MAX_BODY_BYTES = 64 * 1024;

    @Override
    public Exception decode(String methodKey, Response response) {
        return new ProviderHttpException(response.status(), body(response), retryAfter(response));
    }

    private static String body(Response response) {
        if (response.body() == null) {
            return "";
        }
        try (InputStream in = response.body().asInputStream()) {
            return new String(in.readNBytes(MAX_BODY_BYTES), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            return "";
        }
    }

    /** Seconds or an HTTP date, as RFC 9110 allows. */
    static Duration retryAfter(Response response) {
        Collection<String> values = response.headers().entrySet().stream()
                .filter(header -> header.getKey().equalsIgnoreCase("Retry-After")).findFirst().map(java.util.Map.Entry::getValue).orElse(null);
        if (values == null || values.isEmpty()) {
            return null;
        }
        String value = values.iterator().next().trim();
        try {
            return Duration.ofSeconds(Long.parseLong(value));
        } catch (NumberFormatException notSeconds) {
            try {
                Duration until = Duration.between(ZonedDateTime.now(), ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME));
                return until.isNegative() ? Duration.ZERO : until;
            } catch (DateTimeParseException notADate) {
                return null;
            }
        }
    }
}
