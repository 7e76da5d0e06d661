package studio.thresho.lora;

import java.time.Instant;
import java.util.UUID;

/**
 * One training of a talent's LoRA on Replicate.
 *
 * @param trainer     the trainer model as configured, {@code owner/name} or pinned {@code owner/name:version}
 * @param destination the model the trained version goes to, {@code owner/name}
 * @param progress    percent done as the trainer's log says, or null before it says
 * @param logTail     the last lines of the trainer's log
 * @param message     why it failed or is uncertain, or null
 * @param loraModelId the talent's LoRA registered from the trained version, once trained
 */
public record LoraTraining(UUID id, UUID lineageId, String talentVersion, String triggerWord, String baseModel, String trainer,
                           String destination, String visibility, boolean createModel, int imageCount, TrainingStatus status,
                           String providerTrainingId, Integer progress, String logTail, String message, boolean cancelRequested,
                           UUID loraModelId, Instant createdAt) {

    /** "studio/marcus-lora on Replicate". */
    public String label() {
        return destination + " on Replicate";
    }

    /** The training's page at Replicate, once it was started. */
    public String providerPage() {
        return providerTrainingId == null ? null : "https://replicate.com/p/" + providerTrainingId;
    }
}
