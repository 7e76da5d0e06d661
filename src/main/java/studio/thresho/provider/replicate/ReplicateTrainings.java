package studio.thresho.provider.replicate;

import feign.FeignException;
import feign.RetryableException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import studio.thresho.provider.LoraTrainer;
import studio.thresho.provider.ProviderHttpException;
import studio.thresho.provider.ProviderRefusedException;
import studio.thresho.provider.SubmissionUncertainException;
import studio.thresho.provider.TrainingState;
import studio.thresho.provider.http.MultipartForm;
import studio.thresho.provider.http.ProviderCalls;
import studio.thresho.provider.http.ProviderHttp;
import studio.thresho.provider.settings.ProviderConfig;
import studio.thresho.provider.settings.ProviderConfigs;

/**
 * LoRA training on Replicate with the Replicate provider's base URL and token: the dataset ZIP goes
 * through the Files API, the destination model is created with {@code POST /models}, and the
 * training runs on a trainer version ({@code ostris/flux-dev-lora-trainer}, say) into it. Starting a
 * training is paid and sent once; every other call is free and retried like a poll.
 */
@Component
public class ReplicateTrainings implements LoraTrainer {

    /** Replicate's Files API takes files of up to 100 MiB. */
    public static final long DEFAULT_MAX_DATASET_BYTES = 100L * 1024 * 1024;
    static final String DATASET_TYPE = "application/zip";
    private static final Pattern VERSION_ID = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern TRAINING_ID = Pattern.compile("[A-Za-z0-9_-]+");
    private static final Set<String> VISIBILITIES = Set.of("private", "public");

    private final ProviderConfigs configs;
    private final ProviderHttp http;
    private final ProviderCalls calls;
    private final long maxDatasetBytes;

    public ReplicateTrainings(ProviderConfigs configs, ProviderHttp http, ProviderCalls calls,
                              @Value("${thresho.providers.replicate.max-dataset-bytes:" + DEFAULT_MAX_DATASET_BYTES + "}") long maxDatasetBytes) {
        this.configs = configs;
        this.http = http;
        this.calls = calls;
        this.maxDatasetBytes = maxDatasetBytes;
    }

    @Override
    public String id() {
        return ReplicateProvider.ID;
    }

    @Override
    public String displayName() {
        return ReplicateProvider.NAME;
    }

    @Override
    public long maxDatasetBytes() {
        return maxDatasetBytes;
    }

    @Override
    public boolean available() {
        ProviderConfig config = config();
        return config.enabled() && config.credential().isPresent();
    }

    @Override
    public String accountName() {
        ReplicateApi.Account account = free(session -> session.api().account(session.key()), null);
        if (account == null || account.username() == null || account.username().isBlank()) {
            throw new ProviderRefusedException(ReplicateProvider.NAME + " did not say which account the API token belongs to.");
        }
        return account.username();
    }

    @Override
    public boolean modelExists(String owner, String name) {
        ReplicateModelName model = destination(owner + "/" + name);
        Session session = session();
        return explained(() -> {
            try {
                calls.poll(ReplicateProvider.NAME, () -> session.api().model(session.key(), model.owner(), model.name()));
                return true;
            } catch (ProviderHttpException refused) {
                if (refused.status() == 404) {
                    return false;
                }
                throw refused;
            }
        }, null);
    }

    @Override
    public void createModel(String owner, String name, String visibility, String hardware) {
        ReplicateModelName model = destination(owner + "/" + name);
        if (!VISIBILITIES.contains(visibility)) {
            throw new ProviderRefusedException("A " + ReplicateProvider.NAME + " model is \"private\" or \"public\", not \"" + visibility + "\".");
        }
        if (hardware == null || hardware.isBlank()) {
            throw new ProviderRefusedException(ReplicateProvider.NAME + " needs the hardware the model " + model + " runs on (gpu-t4, cpu...).");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("owner", model.owner());
        body.put("name", model.name());
        body.put("visibility", visibility);
        body.put("hardware", hardware);
        free(session -> session.api().createModel(session.key(), body), null);
    }

    @Override
    public String uploadDataset(Path zip, String fileName) {
        long size = size(zip);
        if (size > maxDatasetBytes) {
            throw new ProviderRefusedException("The dataset ZIP is " + mebibytes(size, RoundingMode.UP) + "; " + ReplicateProvider.NAME
                    + " takes files of at most " + mebibytes(maxDatasetBytes, RoundingMode.DOWN) + ": train on fewer or smaller images.");
        }
        String name = partFileName(fileName == null || fileName.isBlank() ? zip.getFileName().toString() : fileName);
        MultipartForm form = new MultipartForm().file("content", name, DATASET_TYPE, read(zip)).field("filename", name)
                .field("type", DATASET_TYPE);
        byte[] body = form.bytes();
        // an upload is free: retried like a poll when the answer is lost, where the training is sent once
        ReplicateApi.UploadedFile file = free(session -> session.api().upload(session.key(), form.boundary(), body), null);
        String url = file == null || file.urls() == null ? null : file.urls().get("get");
        if (url == null || url.isBlank()) {
            throw new ProviderRefusedException(ReplicateProvider.NAME + " stored the dataset without giving its URL (urls.get).");
        }
        return url;
    }

    @Override
    public String trainerVersion(String trainer) {
        ReplicateModelName model = ReplicateModelName.parse(trainer);
        if (model.pinned()) {
            return pinnedVersion(trainer).toString();
        }
        ReplicateApi.Model found = free(session -> session.api().model(session.key(), model.owner(), model.name()), null);
        if (found == null || found.latestVersion() == null || found.latestVersion().id() == null || found.latestVersion().id().isBlank()) {
            throw new ProviderRefusedException(ReplicateProvider.NAME + "'s trainer " + model + " has no published version to train with: "
                    + "pin one as owner/name:version.");
        }
        return model.model() + ":" + found.latestVersion().id();
    }

    @Override
    public TrainingState startTraining(String trainerVersion, String destination, Map<String, Object> input) {
        ReplicateModelName trainer = pinnedVersion(trainerVersion);
        ReplicateModelName target = destination(destination);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("destination", target.model());
        body.put("input", input == null ? Map.of() : input);
        Session session = session();
        ReplicateApi.Training started = explained(() -> calls.submit(ReplicateProvider.NAME,
                () -> session.api().train(session.key(), trainer.owner(), trainer.name(), trainer.version(), body)), null);
        if (started == null || started.id() == null || started.id().isBlank()) {
            throw new SubmissionUncertainException(ReplicateProvider.NAME, new IllegalStateException("the answer names no training"));
        }
        return ReplicateTrainingStates.of(started);
    }

    @Override
    public TrainingState training(String trainingId) {
        String id = trainingId(trainingId);
        return ReplicateTrainingStates.of(free(session -> session.api().training(session.key(), id), noSuchTraining(id)));
    }

    @Override
    public TrainingState cancel(String trainingId) {
        String id = trainingId(trainingId);
        return ReplicateTrainingStates.of(free(session -> session.api().cancelTraining(session.key(), id), noSuchTraining(id)));
    }

    /** The API and token of the Replicate provider's current set-up, read at each call like the provider does. */
    private record Session(ReplicateApi api, String key) {
    }

    private ProviderConfig config() {
        return configs.config(ReplicateProvider.ID, ReplicateProvider.DEFAULTS);
    }

    private Session session() {
        ProviderConfig config = config();
        String key = config.requireCredential(ReplicateProvider.NAME);
        return new Session(http.client(ReplicateApi.class, config.baseUrl()), key);
    }

    /** A free call, retried like a poll. */
    private <T> T free(Function<Session, T> call, String whenMissing) {
        Session session = session();
        return explained(() -> calls.poll(ReplicateProvider.NAME, () -> call.apply(session)), whenMissing);
    }

    /** Refusals in Replicate's words ({@link ReplicateErrors}); {@code whenMissing}, when given, says what a 404 means. */
    private static <T> T explained(Supplier<T> call, String whenMissing) {
        try {
            return call.get();
        } catch (ProviderHttpException refused) {
            if (refused.status() == 404 && whenMissing != null) {
                throw new ProviderRefusedException(whenMissing);
            }
            throw new ProviderRefusedException(ReplicateErrors.explain(refused));
        } catch (FeignException unreadable) {
            if (unreadable instanceof RetryableException) {
                throw unreadable;
            }
            throw new ProviderRefusedException(ReplicateProvider.NAME + " answered with something that is not the JSON it documents: "
                    + unreadable.getMessage());
        }
    }

    private static ReplicateModelName destination(String text) {
        ReplicateModelName model = ReplicateModelName.parse(text);
        if (model.pinned()) {
            throw new ProviderRefusedException("The destination \"" + text + "\" is a model, written owner/name without a version.");
        }
        return model;
    }

    private static ReplicateModelName pinnedVersion(String text) {
        ReplicateModelName model = ReplicateModelName.parse(text);
        if (!model.pinned() || !VERSION_ID.matcher(model.version()).matches()) {
            throw new ProviderRefusedException("\"" + text + "\" is not a trainer version: it is written owner/name:version, the version "
                    + "being " + ReplicateProvider.NAME + "'s 64-character id.");
        }
        return model;
    }

    /** The id goes into the path: anything but letters, digits, - and _ could reach another endpoint with the token. */
    private static String trainingId(String trainingId) {
        if (trainingId == null || !TRAINING_ID.matcher(trainingId).matches()) {
            throw new IllegalArgumentException("\"" + trainingId + "\" is not a " + ReplicateProvider.NAME + " training id.");
        }
        return trainingId;
    }

    private static String noSuchTraining(String id) {
        return ReplicateProvider.NAME + " has no training " + id + " (HTTP 404): it was made with another API token, or never started.";
    }

    /** The name goes inside a quoted header parameter, where a quote or line break would end it. */
    private static String partFileName(String name) {
        return name.replaceAll("[\"\\\\\\r\\n]", "_");
    }

    /** Rounded away from the limit, so that a file just over it never reads as the same size. */
    private static String mebibytes(long bytes, RoundingMode rounding) {
        return BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(1024L * 1024), 1, rounding).toPlainString() + " MiB";
    }

    private static long size(Path zip) {
        try {
            return Files.size(zip);
        } catch (IOException unreadable) {
            throw new UncheckedIOException("The dataset ZIP " + zip + " could not be read.", unreadable);
        }
    }

    private static byte[] read(Path zip) {
        try {
            return Files.readAllBytes(zip);
        } catch (IOException unreadable) {
            throw new UncheckedIOException("The dataset ZIP " + zip + " could not be read.", unreadable);
        }
    }
}
