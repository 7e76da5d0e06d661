package studio.thresho.lora;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import studio.thresho.media.BlobStore;
import studio.thresho.media.MediaVariant;
import studio.thresho.provider.LoraTrainer;
import studio.thresho.provider.ProviderRefusedException;
import studio.thresho.provider.ProviderUnreachableException;
import studio.thresho.provider.SubmissionUncertainException;
import studio.thresho.provider.TrainingState;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * One step of a training's job. Queued: the dataset is uploaded and the destination model created
 * (both free), then Sending is committed and the paid request sent once. Running: the provider is
 * asked how far it is (or told to cancel); once trained, the new version becomes the talent's LoRA.
 */
@Component
class LoraTrainingWorker {

    static final String CHECK = "Look at replicate.com/trainings: if it is not there, start it again.";
    private static final TypeReference<Map<String, Object>> INPUT = new TypeReference<>() {
    };

    private final LoraTrainingStore trainings;
    private final LoraModelStore models;
    private final List<LoraTrainer> trainers;
    private final BlobStore blobs;
    private final LoraTrainingSettings settings;
    private final TransactionTemplate transaction;
    private final JsonMapper json;

    LoraTrainingWorker(LoraTrainingStore trainings, LoraModelStore models, List<LoraTrainer> trainers, BlobStore blobs,
                       LoraTrainingSettings settings, PlatformTransactionManager transactions, JsonMapper json) {
        this.trainings = trainings;
        this.models = models;
        this.trainers = trainers;
        this.blobs = blobs;
        this.settings = settings;
        this.transaction = new TransactionTemplate(transactions);
        this.json = json;
    }

    /** Runs the training's next step; the wait until the next one, or empty when the job is done. */
    Optional<Duration> step(UUID id) {
        Optional<LoraTrainingStore.Row> found = trainings.find(id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        LoraTrainingStore.Row row = found.get();
        return switch (row.training().status()) {
            case QUEUED -> send(row);
            case SENDING -> {
                trainings.move(id, TrainingStatus.SENDING, TrainingStatus.UNCERTAIN,
                        "The training request was being sent when the work stopped; it may have reached Replicate. " + CHECK);
                yield Optional.empty();
            }
            case RUNNING -> follow(row);
            default -> Optional.empty();
        };
    }

    private Optional<Duration> send(LoraTrainingStore.Row row) {
        LoraTraining training = row.training();
        UUID id = training.id();
        if (training.cancelRequested()) {
            trainings.move(id, TrainingStatus.QUEUED, TrainingStatus.CANCELLED, "Cancelled before it was sent: nothing was paid.");
            return Optional.empty();
        }
        Optional<LoraTrainer> available = trainers.stream().filter(LoraTrainer::available).findFirst();
        if (available.isEmpty()) {
            trainings.move(id, TrainingStatus.QUEUED, TrainingStatus.FAILED, "Replicate is not set up (no API token): nothing was sent.");
            return Optional.empty();
        }
        LoraTrainer trainer = available.get();
        String version = row.trainerVersion();
        String url = row.datasetUrl();
        try {
            if (url == null) {
                version = trainer.trainerVersion(training.trainer());
                url = upload(trainer, row);
                trainings.datasetUploaded(id, url, version);
            }
            if (training.createModel()) {
                String[] destination = training.destination().split("/", 2);
                if (!trainer.modelExists(destination[0], destination[1])) {
                    trainer.createModel(destination[0], destination[1], training.visibility(), settings.hardware());
                }
                trainings.modelCreated(id);
            }
        } catch (ProviderRefusedException refused) {
            trainings.move(id, TrainingStatus.QUEUED, TrainingStatus.FAILED, refused.getMessage() + " Nothing was paid.");
            return Optional.empty();
        }
        if (!trainings.move(id, TrainingStatus.QUEUED, TrainingStatus.SENDING, null)) {
            return Optional.empty();
        }
        return start(trainer, training, version, input(row.input(), url));
    }

    private Optional<Duration> start(LoraTrainer trainer, LoraTraining training, String version, Map<String, Object> input) {
        UUID id = training.id();
        TrainingState state;
        try {
            state = trainer.startTraining(version, training.destination(), input);
        } catch (SubmissionUncertainException uncertain) {
            trainings.move(id, TrainingStatus.SENDING, TrainingStatus.UNCERTAIN, uncertain.getMessage() + " " + CHECK);
            return Optional.empty();
        } catch (ProviderRefusedException refused) {
            trainings.move(id, TrainingStatus.SENDING, TrainingStatus.FAILED, refused.getMessage());
            return Optional.empty();
        } catch (ProviderUnreachableException unreachable) {
            // nothing reached Replicate: queued again, and the job's failure handler tries later
            trainings.move(id, TrainingStatus.SENDING, TrainingStatus.QUEUED, "Replicate did not answer: " + unreachable.getMessage());
            throw unreachable;
        }
        if (state == null || state.id() == null) {
            trainings.move(id, TrainingStatus.SENDING, TrainingStatus.UNCERTAIN, "Replicate answered without the training's id. " + CHECK);
            return Optional.empty();
        }
        trainings.started(id, state.id());
        return report(training, state);
    }

    private Optional<Duration> follow(LoraTrainingStore.Row row) {
        LoraTraining training = row.training();
        LoraTrainer trainer = trainers.stream().filter(LoraTrainer::available).findFirst().orElse(null);
        if (trainer == null) {
            return Optional.of(settings.pollInterval());
        }
        String providerId = training.providerTrainingId();
        TrainingState state;
        try {
            state = training.cancelRequested() ? trainer.cancel(providerId) : trainer.training(providerId);
        } catch (ProviderRefusedException refused) {
            trainings.move(training.id(), TrainingStatus.RUNNING, TrainingStatus.FAILED, refused.getMessage());
            return Optional.empty();
        }
        return report(training, state);
    }

    private Optional<Duration> report(LoraTraining training, TrainingState state) {
        UUID id = training.id();
        trainings.reported(id, TrainingLogs.progress(state.logs()), TrainingLogs.tail(state.logs()));
        if (!state.finished()) {
            return Optional.of(settings.pollInterval());
        }
        switch (state.status()) {
            case "succeeded" -> register(training, state);
            case "canceled" -> trainings.move(id, TrainingStatus.RUNNING, TrainingStatus.CANCELLED,
                    "Cancelled at Replicate; the time it ran is billed.");
            default -> trainings.move(id, TrainingStatus.RUNNING, TrainingStatus.FAILED,
                    state.error() == null ? "Replicate reports the training " + state.status() + "." : state.error());
        }
        return Optional.empty();
    }

    private void register(LoraTraining training, TrainingState state) {
        if (state.version() == null) {
            trainings.move(training.id(), TrainingStatus.RUNNING, TrainingStatus.FAILED, "Replicate reports success but names no trained version.");
            return;
        }
        String name = training.destination().substring(training.destination().indexOf('/') + 1);
        LoraSettings lora = new LoraSettings(name, training.triggerWord(), BigDecimal.ONE, training.baseModel(), training.talentVersion());
        transaction.executeWithoutResult(status -> {
            UUID modelId = models.insert(training.lineageId(), null, LoraKind.REPLICATE, LoraPlanContributor.REPLICATE, state.version(), null,
                    null, lora, null);
            trainings.trained(training.id(), modelId);
        });
    }

    private String upload(LoraTrainer trainer, LoraTrainingStore.Row row) {
        Path zip = null;
        try (InputStream in = blobs.open(row.datasetKey(), MediaVariant.ORIGINAL)) {
            zip = Files.createTempFile("lora-dataset-", ".zip");
            Files.copy(in, zip, StandardCopyOption.REPLACE_EXISTING);
            String name = row.training().destination().substring(row.training().destination().indexOf('/') + 1);
            return trainer.uploadDataset(zip, name + "-dataset.zip");
        } catch (IOException unreadable) {
            throw new UncheckedIOException("The training's dataset could not be read", unreadable);
        } finally {
            if (zip != null) {
                zip.toFile().delete();
            }
        }
    }

    private Map<String, Object> input(String stored, String datasetUrl) {
        Map<String, Object> input = new LinkedHashMap<>(json.readValue(stored, INPUT));
        input.put("input_images", datasetUrl);
        return input;
    }
}
