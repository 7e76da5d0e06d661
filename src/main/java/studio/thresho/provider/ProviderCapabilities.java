package studio.thresho.provider;

import java.util.List;

/**
 * What a provider can do, so that prompt assembly and the reference strategy adapt to it.
 *
 * @param maxReferences  reference images accepted in one request (0: text description only)
 * @param aspectRatios   the ratios offered on the Generate page, first is the default
 */
public record ProviderCapabilities(boolean seed, boolean characterReference, boolean styleReference, boolean imageToVideo,
                                   boolean negativePrompt, int maxReferences, int maxPromptLength, int maxImages,
                                   List<String> aspectRatios) {

    public ProviderCapabilities {
        aspectRatios = List.copyOf(aspectRatios);
    }
}
