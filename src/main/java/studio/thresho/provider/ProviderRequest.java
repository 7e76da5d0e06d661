package studio.thresho.provider;

import java.util.List;
import java.util.UUID;

/**
 * One submission: the final prompt, the reference images chosen for the provider, and settings.
 *
 * @param recordId the generation record it belongs to, for providers that label their work
 * @param options  provider-specific settings of this generation (a talent's Midjourney weights), over the provider's defaults
 */
public record ProviderRequest(UUID recordId, String prompt, String negativePrompt, List<ProviderReference> references,
                              String aspectRatio, int images, long seed, String model, java.util.Map<String, Object> options) {

    public ProviderRequest {
        references = List.copyOf(references);
        options = options == null ? java.util.Map.of() : java.util.Map.copyOf(options);
    }

    public ProviderRequest(UUID recordId, String prompt, String negativePrompt, List<ProviderReference> references, String aspectRatio,
                           int images, long seed, String model) {
        this(recordId, prompt, negativePrompt, references, aspectRatio, images, seed, model, java.util.Map.of());
    }
}
