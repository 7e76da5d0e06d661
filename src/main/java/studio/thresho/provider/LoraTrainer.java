package studio.thresho.provider;

import java.nio.file.Path;
import java.util.Map;

/**
 * A provider that trains LoRAs from a dataset ZIP (Replicate): the dataset is uploaded, the
 * destination model created when missing, the training started once (it is paid), then followed
 * and possibly cancelled. Everything but {@link #startTraining} is free and may be retried.
 */
public interface LoraTrainer {

    String id();

    String displayName();

    /** Enabled and holding a key. */
    boolean available();

    /** The account the key belongs to, the default owner of a destination model. */
    String accountName();

    /** Whether {@code owner/name} exists and the key can see it. */
    boolean modelExists(String owner, String name);

    /** Creates the destination model; {@code visibility} is "private" or "public". */
    void createModel(String owner, String name, String visibility, String hardware);

    /** The largest dataset ZIP {@link #uploadDataset} takes. */
    long maxDatasetBytes();

    /** Uploads the dataset ZIP through the Files API and returns the URL a trainer takes as {@code input_images}. */
    String uploadDataset(Path zip, String fileName);

    /**
     * The trainer version to run, {@code owner/name:version}: {@code trainer} as given when it is
     * pinned, else the model's latest version.
     */
    String trainerVersion(String trainer);

    /**
     * Starts a training of {@code trainerVersion} into {@code destination} ("owner/name"). Paid: sent
     * once, retried only when it certainly did not arrive.
     *
     * @throws SubmissionUncertainException when it may have arrived (timeout, server error)
     * @throws ProviderRefusedException when the provider refused it (bad input, billing, no such model)
     */
    TrainingState startTraining(String trainerVersion, String destination, Map<String, Object> input);

    /** The training as the provider sees it now. */
    TrainingState training(String trainingId);

    /** Asks the provider to cancel the training; returns its state after the request. */
    TrainingState cancel(String trainingId);
}
