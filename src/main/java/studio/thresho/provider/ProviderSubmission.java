package studio.thresho.provider;

import java.util.List;

/**
 * What a submit returned: the provider's id of the task, and the results when it finished at once.
 *
 * @param instructions what the user has to do for a provider without an API (the Midjourney command), or null
 */
public record ProviderSubmission(String externalId, List<ProviderResult> finishedResults, String instructions) {

    public ProviderSubmission {
        finishedResults = List.copyOf(finishedResults);
    }

    public ProviderSubmission(String externalId, List<ProviderResult> finishedResults) {
        this(externalId, finishedResults, null);
    }

    public static ProviderSubmission pending(String externalId) {
        return new ProviderSubmission(externalId, List.of());
    }

    public boolean finished() {
        return !finishedResults.isEmpty();
    }
}
