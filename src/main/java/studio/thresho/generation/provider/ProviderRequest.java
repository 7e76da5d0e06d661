package studio.thresho.generation.provider;

import java.util.List;
import java.util.UUID;

/**
 * One submission: the final prompt, the reference images chosen for the provider, and settings.
 *
 * @param recordId the generation record it belongs to, for providers that label their work
 */
public record ProviderRequest(UUID recordId, String prompt, String negativePrompt, List<ProviderReference> references,
                              String aspectRatio, int images, long seed, String model) {

    public ProviderRequest {
        references = List.copyOf(references);
    }
}
