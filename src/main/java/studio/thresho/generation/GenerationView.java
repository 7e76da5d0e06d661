package studio.thresho.generation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A generation record as pages show it. */
public record GenerationView(UUID id, UUID projectId, String providerId, String providerName, GenerationStatus status, Integer progress,
                             String prompt, String assembledPrompt, String negativePrompt, List<UsedAsset> assets,
                             List<SentReference> references, String aspectRatio, int images, Long seed, String error,
                             List<GeneratedImage> results, Instant createdAt, Instant startedAt, Instant completedAt,
                             String instructions, UUID createdBy, UUID wizardSessionId) {

    public boolean video() {
        return results.stream().anyMatch(GeneratedImage::video) || references.stream().anyMatch(reference -> "source".equals(reference.role()));
    }

    /** Whether the user changed the assembled prompt before sending it. */
    public boolean promptEdited() {
        return assembledPrompt != null && !assembledPrompt.equals(prompt);
    }
}
