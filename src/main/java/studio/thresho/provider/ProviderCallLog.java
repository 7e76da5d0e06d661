package studio.thresho.provider;

import java.time.Instant;
import java.util.UUID;

/**
 * Where the calls made on behalf of a generation are kept: implemented by the feature that owns
 * generations, so that this module never writes another module's tables.
 */
public interface ProviderCallLog {

    /**
     * One call to a provider.
     *
     * @param kind    submit, poll, download or cancel
     * @param outcome "ok", "refused", "retryable_error", "network_error" or "unreachable"
     */
    record Call(String kind, int attempt, Instant startedAt, long durationMs, String outcome, Integer httpStatus, String message) {
    }

    void record(UUID generationId, Call call);
}
