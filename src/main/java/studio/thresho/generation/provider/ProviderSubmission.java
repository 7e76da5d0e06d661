package studio.thresho.generation.provider;

import java.util.List;

/**
 * What a submit returned: the provider's id of the task, and the results when it finished at once.
 */
public record ProviderSubmission(String externalId, List<ProviderResult> finishedResults) {

    public ProviderSubmission {
        finishedResults = List.copyOf(finishedResults);
    }

    public static ProviderSubmission pending(String externalId) {
        return new ProviderSubmission(externalId, List.of());
    }

    public boolean finished() {
        return !finishedResults.isEmpty();
    }
}
