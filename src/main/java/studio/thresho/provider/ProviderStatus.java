package studio.thresho.provider;

import java.util.List;

/**
 * A provider's answer to a poll.
 *
 * @param progress 0 to 100 when the provider says, else null
 * @param reason   why it failed or was refused, in the provider's words
 */
public record ProviderStatus(State state, Integer progress, String reason, List<ProviderResult> results) {

    public enum State {
        QUEUED, RUNNING, SUCCEEDED, FAILED, CANCELLED
    }

    public ProviderStatus {
        results = results == null ? List.of() : List.copyOf(results);
    }

    public static ProviderStatus running(Integer progress) {
        return new ProviderStatus(State.RUNNING, progress, null, List.of());
    }

    public static ProviderStatus succeeded(List<ProviderResult> results) {
        return new ProviderStatus(State.SUCCEEDED, 100, null, results);
    }

    public static ProviderStatus failed(String reason) {
        return new ProviderStatus(State.FAILED, null, reason, List.of());
    }
}
