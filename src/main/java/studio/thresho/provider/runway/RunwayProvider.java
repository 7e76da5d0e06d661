package studio.thresho.provider.runway;

import feign.FeignException;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import studio.thresho.provider.ConfiguredProvider;
import studio.thresho.provider.ProviderCapabilities;
import studio.thresho.provider.ProviderReference;
import studio.thresho.provider.ProviderRefusedException;
import studio.thresho.provider.ProviderRequest;
import studio.thresho.provider.ProviderResult;
import studio.thresho.provider.ProviderStatus;
import studio.thresho.provider.ProviderSubmission;
import studio.thresho.provider.ReferenceImages;
import studio.thresho.provider.VideoRequest;
import studio.thresho.provider.http.ProviderCalls;
import studio.thresho.provider.http.ProviderHttp;
import studio.thresho.provider.ProviderHttpException;
import studio.thresho.provider.settings.ProviderConfig;
import studio.thresho.provider.settings.ProviderConfigs;
import studio.thresho.provider.settings.ProviderDefaults;
import studio.thresho.media.MediaLimits;

/**
 * Runway. Images come from gen4_image with up to three tagged reference images, videos from
 * gen4_turbo animating a still; both are tasks polled at {@code /v1/tasks/{id}} whose output links
 * are downloaded at once. Images travel inline as data URIs, so no public URL is needed.
 */
@Component
public class RunwayProvider extends ConfiguredProvider {

    public static final String ID = "runway";
    static final String NAME = "Runway";
    private static final studio.thresho.provider.catalogue.ModelCatalogue SHIPPED = studio.thresho.provider.catalogue.ModelCatalogue
            .shipped(ID, NAME);
    private static final ProviderDefaults DEFAULTS = new ProviderDefaults("https://api.dev.runwayml.com", SHIPPED.defaultModel(),
            SHIPPED.offered(), true, 4, "An API key from dev.runwayml.com (API Keys), sent as Authorization: Bearer. The default model "
            + "draws images; videos use gen4_turbo (setting \"video_model\").");

    private final ProviderHttp http;
    private final ProviderCalls calls;
    private final ReferenceImages images;

    public RunwayProvider(ProviderConfigs configs, ProviderHttp http, ProviderCalls calls, ReferenceImages images) {
        super(ID, NAME, DEFAULTS, configs);
        this.http = http;
        this.calls = calls;
        this.images = images;
    }

    @Override
    public studio.thresho.provider.SeedRange seedRange() {
        return studio.thresho.provider.SeedRange.UNSIGNED_32_BIT;
    }

    @Override
    public ProviderCapabilities capabilities() {
        return new ProviderCapabilities(true, true, true, true, false, RunwayModels.MAX_REFERENCES, RunwayModels.MAX_PROMPT_LENGTH, 1,
                RunwayModels.ASPECT_RATIOS);
    }

    @Override
    public ProviderSubmission submit(ProviderRequest request) {
        ProviderConfig config = config();
        String key = config.requireCredential(NAME);
        String model = usableModel(config, request.model());
        int required = catalogue(config).find(model).map(entry -> entry.minReferences()).orElse(0);
        if (request.references().size() < required) {
            throw new ProviderRefusedException(NAME + "'s " + model + " needs " + required + " to " + RunwayModels.MAX_REFERENCES
                    + " reference images and this generation has " + request.references().size() + ": pick a talent or an asset with a "
                    + "reference image, or choose a model that draws from the prompt alone (gen4_image).");
        }
        List<byte[]> references = request.references().stream().limit(RunwayModels.MAX_REFERENCES)
                .map(ProviderReference::mediaKey).map(images::bytes).toList();
        Map<String, Object> body = RunwayModels.textToImage(model, request, references);
        return created(() -> api(config).textToImage(key, body));
    }

    @Override
    public ProviderSubmission submitVideo(VideoRequest request) {
        ProviderConfig config = config();
        String key = config.requireCredential(NAME);
        String model = usableModel(config, request.model() != null ? request.model()
                : String.valueOf(config.parameters().getOrDefault(RunwayModels.VIDEO_MODEL_PARAMETER, RunwayModels.GEN4_TURBO)));
        java.util.Optional<studio.thresho.provider.catalogue.CatalogueModel> entry = catalogue(config).find(model);
        List<Integer> durations = entry.map(found -> found.durations()).filter(list -> !list.isEmpty()).orElse(RunwayModels.VIDEO_DURATIONS);
        if (request.sourceMediaKey() == null) {
            if (!entry.map(found -> found.textToVideo()).orElse(false)) {
                throw new ProviderRefusedException(NAME + "'s " + model + " animates a still: choose one, or a model that makes a video "
                        + "from the prompt alone (gen4.5).");
            }
            Map<String, Object> body = RunwayModels.textToVideo(model, request, durations);
            return created(() -> api(config).textToVideo(key, body));
        }
        Map<String, Object> body = RunwayModels.imageToVideo(model, request, images.bytes(request.sourceMediaKey()), durations);
        return created(() -> api(config).imageToVideo(key, body));
    }

    private ProviderSubmission created(dev.failsafe.function.CheckedSupplier<RunwayApi.Task> create) {
        RunwayApi.Task task;
        try {
            task = calls.submit(NAME, create);
        } catch (ProviderHttpException refused) {
            throw new ProviderRefusedException(RunwayErrors.explain(refused));
        }
        if (task == null || task.id() == null || task.id().isBlank()) {
            throw new ProviderRefusedException(NAME + " answered without a task id.");
        }
        return ProviderSubmission.pending(task.id());
    }

    @Override
    public ProviderStatus poll(String taskId) {
        ProviderConfig config = config();
        String key = config.requireCredential(NAME);
        try {
            return RunwayErrors.status(calls.poll(NAME, () -> api(config).task(key, taskId)));
        } catch (ProviderHttpException refused) {
            throw new ProviderRefusedException(RunwayErrors.explain(refused));
        } catch (FeignException unreadable) {
            throw RunwayErrors.unreadable(unreadable);
        }
    }

    @Override
    public byte[] fetch(ProviderResult result) {
        return calls.downloadResult(NAME, () -> http.download(result.downloadUrl(), config().baseUrl(), MediaLimits.MAX_VIDEO_BYTES), "its link is valid for a day or two only");
    }

    /** Cancels a running task (or deletes a finished one); a task Runway no longer knows needs nothing more. */
    @Override
    public void cancel(String taskId) {
        ProviderConfig config = config();
        String key = config.requireCredential(NAME);
        try {
            api(config).cancel(key, taskId);
        } catch (ProviderHttpException refused) {
            if (refused.status() != 404) {
                throw new ProviderRefusedException(RunwayErrors.explain(refused));
            }
        }
    }

    /**
     * Asks for a task that does not exist: the only read providers.md documents, free, and it needs
     * a valid key, so a 404 means the key was accepted.
     */
    @Override
    public String testConnection() {
        ProviderConfig config = config();
        String key = config.requireCredential(NAME);
        try {
            RunwayApi.Organization organization = api(config).organization(key);
            String credits = organization == null || organization.creditBalance() == null ? "" : " (" + organization.creditBalance()
                    + " credits left)";
            return "Connected to " + config.baseUrl() + ": the key was accepted" + credits + "."
                    + catalogue(config).warning(config.model()).map(legacy -> " " + legacy).orElse("");
        } catch (ProviderHttpException refused) {
            throw new ProviderRefusedException(RunwayErrors.explain(refused));
        } catch (FeignException unreadable) {
            throw RunwayErrors.unreadable(unreadable);
        }
    }

    private RunwayApi api(ProviderConfig config) {
        return http.client(RunwayApi.class, config.baseUrl());
    }
}
