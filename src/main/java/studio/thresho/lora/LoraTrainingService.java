package studio.thresho.lora;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import studio.thresho.base.UserFacingException;
import studio.thresho.media.FileIngest;
import studio.thresho.media.StreamedBlob;
import studio.thresho.provider.LoraTrainer;
import studio.thresho.provider.ProviderRefusedException;
import studio.thresho.provider.ProviderUnreachableException;
import studio.thresho.security.CurrentUser;
import studio.thresho.security.Role;
import studio.thresho.security.SignedInUser;
import tools.jackson.databind.json.JsonMapper;

/**
 * Training a talent's LoRA on Replicate from a dataset in Replicate's layout: the dataset ZIP is
 * written and kept, the training recorded with its job in one transaction, and the job does the
 * rest ({@link LoraTrainingWorker}). The destination model is created only when the user confirmed
 * its name and visibility.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class LoraTrainingService {

    static final Pattern MODEL_NAME = Pattern.compile("[a-z0-9][a-z0-9_.-]{0,99}/[a-z0-9][a-z0-9_.-]{0,99}");
    public static final String NOT_SET_UP = "Replicate is not set up: an administrator adds its API token under Providers.";

    private final LoraExportService exports;
    private final DatasetWriter writer;
    private final LoraTrainingStore store;
    private final LoraTrainingJobs jobs;
    private final FileIngest files;
    private final List<LoraTrainer> trainers;
    private final CurrentUser currentUser;
    private final TransactionTemplate transaction;
    private final JsonMapper json;

    LoraTrainingService(LoraExportService exports, DatasetWriter writer, LoraTrainingStore store, LoraTrainingJobs jobs, FileIngest files,
                        List<LoraTrainer> trainers, CurrentUser currentUser, PlatformTransactionManager transactions, JsonMapper json) {
        this.exports = exports;
        this.writer = writer;
        this.store = store;
        this.jobs = jobs;
        this.files = files;
        this.trainers = trainers;
        this.currentUser = currentUser;
        this.transaction = new TransactionTemplate(transactions);
        this.json = json;
    }

    /** Whether Replicate is set up to train. */
    public boolean available() {
        return trainers.stream().anyMatch(LoraTrainer::available);
    }

    /** The Replicate model a trainer runs, as configured in the training defaults. */
    public String trainerModel(ReplicateTrainer trainer) {
        TrainingDefaults defaults = writer.defaults();
        return trainer == ReplicateTrainer.SDXL ? defaults.replicateSdxl().model() : defaults.replicateFlux().model();
    }

    /** "account/marcus-lora": the key's account and the talent's slug. */
    public String suggestedDestination(String talentSlug) {
        return provider(trainer -> trainer.accountName()) + "/" + talentSlug + "-lora";
    }

    /** Whether the destination model exists already (else the training creates it, once confirmed). */
    public boolean destinationExists(String destination) {
        String[] parts = checkedDestination(destination).split("/", 2);
        return provider(trainer -> trainer.modelExists(parts[0], parts[1]));
    }

    /**
     * Writes the dataset, records the training and schedules its job; nothing is sent to Replicate
     * here, so a refusal of the choices costs nothing.
     */
    @PreAuthorize("hasRole('" + Role.Names.EDITOR + "')")
    public LoraTraining start(LoraExportRequest request, TrainingOrder order) {
        LoraTrainer trainer = trainer();
        String destination = checkedDestination(order.destination());
        if (!"private".equals(order.visibility()) && !"public".equals(order.visibility())) {
            throw new UserFacingException("A Replicate model is private or public.");
        }
        LoraExportRequest replicate = new LoraExportRequest(request.lineageId(), request.versionId(), LoraFormat.REPLICATE, request.trigger(),
                request.subjectClass(), request.longSide(), request.references(), request.captions());
        LoraDataset dataset = exports.plan(replicate);
        if (dataset.imageCount() == 0 || dataset.trigger() == null || dataset.trigger().isBlank()) {
            throw new UserFacingException("A training needs images and a trigger word.");
        }
        boolean missing = !destinationExists(destination);
        if (missing && !order.createIfMissing()) {
            throw new UserFacingException(destination + " does not exist on Replicate yet: confirm that it is created (" + order.visibility() + ").");
        }
        StreamedBlob zip = datasetZip(replicate, trainer, destination);
        Map<String, Object> input = trainerInput(dataset, order.trainer());
        UUID id = UUID.randomUUID();
        UUID by = currentUser.get().map(SignedInUser::id).orElse(null);
        transaction.executeWithoutResult(status -> {
            store.insert(id, dataset, order.trainer(), trainerModel(order.trainer()), new TrainingOrder(order.trainer(), destination,
                    order.visibility(), missing), missing, json.writeValueAsString(input), zip.key(), by);
            jobs.schedule(id);
        });
        return store.find(id).orElseThrow().training();
    }

    /** Cancels a training: one not yet sent costs nothing; a running one is cancelled at Replicate by its job. */
    @PreAuthorize("hasRole('" + Role.Names.EDITOR + "')")
    public void cancel(UUID id) {
        if (!store.requestCancel(id)) {
            throw new UserFacingException("This training has already ended.");
        }
        jobs.runNow(id);
    }

    /** After a person checked Replicate's trainings page: an uncertain start is sent again. */
    @PreAuthorize("hasRole('" + Role.Names.EDITOR + "')")
    public void startAgain(UUID id) {
        transaction.executeWithoutResult(status -> {
            if (!store.move(id, TrainingStatus.UNCERTAIN, TrainingStatus.QUEUED, null)) {
                throw new UserFacingException("Only a training whose start is uncertain can be started again.");
            }
            jobs.schedule(id);
        });
    }

    /** The talent's trainings, newest first. */
    public List<LoraTraining> ofTalent(UUID lineageId) {
        return store.ofLineage(lineageId);
    }

    private StreamedBlob datasetZip(LoraExportRequest request, LoraTrainer trainer, String destination) {
        Path temp = null;
        try {
            temp = Files.createTempFile("lora-training-", ".zip");
            try (OutputStream out = Files.newOutputStream(temp)) {
                exports.write(List.of(request), out, () -> false);
            }
            if (Files.size(temp) > trainer.maxDatasetBytes()) {
                throw new UserFacingException("The dataset ZIP is " + Files.size(temp) / (1024 * 1024) + " MB; Replicate takes up to "
                        + trainer.maxDatasetBytes() / (1024 * 1024) + " MB: choose a smaller image size or fewer references.");
            }
            try (InputStream in = Files.newInputStream(temp)) {
                return files.ingest(destination.replace('/', '-') + "-dataset.zip", "application/zip", in, trainer.maxDatasetBytes(),
                        (channel, size) -> {
                        });
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The training's dataset could not be written", e);
        } finally {
            if (temp != null) {
                temp.toFile().delete();
            }
        }
    }

    /** The trainer's inputs from the export defaults ({@code replicate.json}), the dataset URL added by the job once uploaded. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> trainerInput(LoraDataset dataset, ReplicateTrainer trainer) {
        Map<String, Object> entry = (Map<String, Object>) ReplicateConfig.inputs(dataset, writer.defaults()).get(trainer.key());
        Map<String, Object> input = new LinkedHashMap<>((Map<String, Object>) entry.get("input"));
        input.remove("input_images");
        return input;
    }

    private static String checkedDestination(String destination) {
        String trimmed = destination == null ? "" : destination.strip();
        if (!MODEL_NAME.matcher(trimmed).matches()) {
            throw new UserFacingException("A Replicate model reads owner/name in lower case (letters, digits, - _ .).");
        }
        return trimmed;
    }

    private LoraTrainer trainer() {
        return trainers.stream().filter(LoraTrainer::available).findFirst().orElseThrow(() -> new UserFacingException(NOT_SET_UP));
    }

    private <T> T provider(java.util.function.Function<LoraTrainer, T> call) {
        try {
            return call.apply(trainer());
        } catch (ProviderRefusedException | ProviderUnreachableException failed) {
            throw new UserFacingException("Replicate: " + failed.getMessage());
        }
    }
}
