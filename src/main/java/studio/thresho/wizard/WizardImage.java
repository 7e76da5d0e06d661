package studio.thresho.wizard;

import java.util.UUID;
import studio.thresho.generation.GenerationStatus;
import studio.thresho.generation.GenerationView;
import studio.thresho.media.MediaUrls;
import studio.thresho.media.MediaVariant;

/**
 * One generated image of the session as the page shows it: its generation, how far it is, the
 * stored image and its seed once there, or why it failed.
 *
 * @param instructions for a provider without an API (Midjourney), while it waits: the command the user pastes
 */
public record WizardImage(UUID generationId, GenerationStatus status, String mediaKey, Long seed, String error, String instructions) {

    static WizardImage of(GenerationView generation) {
        String key = generation.results().isEmpty() ? null : generation.results().getFirst().mediaKey();
        Long seed = generation.results().isEmpty() || generation.results().getFirst().seed() == null ? generation.seed()
                : generation.results().getFirst().seed();
        return new WizardImage(generation.id(), generation.status(), key, seed, generation.error(),
                generation.status().finished() ? null : generation.instructions());
    }

    /** Still being made: queued, sent or running. */
    public boolean running() {
        return !status.finished();
    }

    /** Made by hand: its command is written, and only the user's upload finishes it (nothing to poll for). */
    public boolean awaitingUpload() {
        return running() && instructions != null;
    }

    public boolean ready() {
        return status == GenerationStatus.SUCCEEDED && mediaKey != null;
    }

    public boolean failed() {
        return status.finished() && !ready();
    }

    public String thumbnailUrl() {
        return mediaKey == null ? null : MediaUrls.of(mediaKey, MediaVariant.THUMBNAIL);
    }

    public String previewUrl() {
        return mediaKey == null ? null : MediaUrls.of(mediaKey, MediaVariant.PREVIEW);
    }
}
