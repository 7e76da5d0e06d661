package studio.thresho.generation;

import java.util.List;
import java.util.UUID;
import studio.thresho.generation.provider.ProviderReference;

/**
 * What the Generate page submits.
 *
 * @param assembledPrompt the prompt as assembled from the picks
 * @param prompt          the prompt to send: the assembled one or the user's edit of it
 * @param seed            null for a random seed
 * @param trimmed         what the length budget left out of the assembled prompt, for the record
 */
public record GenerationOrder(String providerId, List<UsedAsset> assets, String assembledPrompt, String prompt, String negativePrompt,
                              List<ProviderReference> references, String aspectRatio, int images, Long seed, UUID brandProfileId,
                              UUID shotId, List<String> trimmed) {

    public GenerationOrder {
        assets = List.copyOf(assets);
        references = references == null ? List.of() : List.copyOf(references);
        trimmed = trimmed == null ? List.of() : List.copyOf(trimmed);
    }
}
