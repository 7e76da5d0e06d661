package studio.thresho.generation;

import java.util.List;
import java.util.UUID;
import studio.thresho.provider.ProviderReference;

/**
 * What the Generate page submits.
 *
 * @param assembledPrompt the prompt as assembled from the picks
 * @param prompt          the prompt to send: the assembled one or the user's edit of it
 * @param seed            null for a random seed
 * @param trimmed         what the length budget left out of the assembled prompt, for the record
 * @param options         provider-specific settings (a talent's Midjourney weights)
 */
public record GenerationOrder(String providerId, List<UsedAsset> assets, String assembledPrompt, String prompt, String negativePrompt,
                              List<ProviderReference> references, String aspectRatio, int images, Long seed, UUID brandProfileId,
                              UUID shotId, List<String> trimmed, java.util.Map<String, Object> options) {

    public GenerationOrder {
        assets = List.copyOf(assets);
        references = references == null ? List.of() : List.copyOf(references);
        trimmed = trimmed == null ? List.of() : List.copyOf(trimmed);
        options = options == null ? java.util.Map.of() : java.util.Map.copyOf(options);
    }

    public GenerationOrder(String providerId, List<UsedAsset> assets, String assembledPrompt, String prompt, String negativePrompt,
                           List<ProviderReference> references, String aspectRatio, int images, Long seed, UUID brandProfileId,
                           UUID shotId, List<String> trimmed) {
        this(providerId, assets, assembledPrompt, prompt, negativePrompt, references, aspectRatio, images, seed, brandProfileId, shotId,
                trimmed, java.util.Map.of());
    }
}
