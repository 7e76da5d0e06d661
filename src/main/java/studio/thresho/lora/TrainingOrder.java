package studio.thresho.lora;

/**
 * What the user confirmed before the paid request: the trainer, the destination model and, when it
 * does not exist yet, that it may be created with this visibility.
 *
 * @param destination     "owner/name" on Replicate
 * @param visibility      "private" or "public"
 * @param createIfMissing the user confirmed creating the destination model
 */
public record TrainingOrder(ReplicateTrainer trainer, String destination, String visibility, boolean createIfMissing) {
}
