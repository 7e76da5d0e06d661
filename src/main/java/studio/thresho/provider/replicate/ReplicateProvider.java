package studio.thresho.provider.replicate;

import feign.FeignException;
import feign.RetryableException;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import studio.thresho.provider.AspectRatio;
import studio.thresho.provider.ConfiguredProvider;
import studio.thresho.provider.ProviderCapabilities;
import studio.thresho.provider.ProviderReference;
import studio.thresho.provider.ProviderRefusedException;
import studio.thresho.provider.ProviderRequest;
import studio.thresho.provider.ProviderResult;
import studio.thresho.provider.ProviderStatus;
import studio.thresho.provider.ProviderSubmission;
import studio.thresho.provider.ReferenceImages;
import studio.thresho.provider.http.ImageFormats;
import studio.thresho.provider.http.ProviderCalls;
import studio.thresho.provider.http.ProviderHttp;
import studio.thresho.provider.ProviderHttpException;
import studio.thresho.provider.settings.ProviderConfig;
import studio.thresho.provider.settings.ProviderConfigs;
import studio.thresho.provider.settings.ProviderDefaults;
import studio.thresho.media.MediaLimits;

/**
 * Replicate. Creates a prediction on the model's endpoint with the input its template gives (see
 * {@link ReplicateModels}), polls it, and downloads the output links at once (they expire after an hour).
 */
@Component
public class ReplicateProvider extends ConfiguredProvider {

    public static final String ID = "replicate";
    static final String NAME = "Replicate";
    static final int MAX_PROMPT_LENGTH = 2000;
    static final int DEFAULT_LONG_SIDE = 1024;
    static final ProviderDefaults DEFAULTS = new ProviderDefaults("https://api.replicate.com/v1", ReplicateModels.FLUX_SCHNELL,
            List.of(ReplicateModels.FLUX_SCHNELL, ReplicateModels.FLUX_DEV), true, 4,
            "An API token from replicate.com/account/api-tokens, sent as Authorization: Bearer. Other models: the \"models\" parameter.");

    private final ProviderHttp http;
    private final ProviderCalls calls;
    private final ReferenceImages images;

    public ReplicateProvider(ProviderConfigs configs, ProviderHttp http, ProviderCalls calls, ReferenceImages images) {
        super(ID, NAME, DEFAULTS, configs);
        this.http = http;
        this.calls = calls;
        this.images = images;
    }

    /** What the default model's template takes; a broken set-up offers the least until submit says why. */
    @Override
    public ProviderCapabilities capabilities() {
        ProviderConfig config = config();
        Set<String> placeholders;
        try {
            placeholders = ReplicateModels.placeholders(ReplicateModels.template(config.model(), config.parameters()));
        } catch (ProviderRefusedException broken) {
            placeholders = Set.of("prompt");
        }
        boolean reference = placeholders.contains("image_url");
        return new ProviderCapabilities(placeholders.contains("seed"), reference, false, false, placeholders.contains("negative_prompt"),
                reference ? 1 : 0, MAX_PROMPT_LENGTH, 1, ReplicateModels.ASPECT_RATIOS);
    }

    @Override
    public ProviderSubmission submit(ProviderRequest request) {
        ProviderConfig config = config();
        String key = config.requireCredential(NAME);
        String model = request.model() != null ? request.model() : config.model();
        String[] ownerAndName = model.split("/", 2);
        if (ownerAndName.length != 2 || ownerAndName[0].isBlank() || ownerAndName[1].isBlank()) {
            throw new ProviderRefusedException("\"" + model + "\" is not a Replicate model name: it is written owner/name.");
        }
        Map<String, Object> template = ReplicateModels.template(model, config.parameters());
        boolean takesReference = ReplicateModels.placeholders(template).contains("image_url");
        Map<String, Object> body = Map.of("input", ReplicateModels.input(template, values(request, config, takesReference)));
        try {
            ReplicateApi.Prediction prediction = calls.submit(NAME, () -> api(config).create(key, ownerAndName[0], ownerAndName[1], body));
            if (prediction == null || prediction.id() == null) {
                throw new ProviderRefusedException(NAME + " created the prediction without saying its id.");
            }
            return ProviderSubmission.pending(prediction.id());
        } catch (ProviderHttpException refused) {
            throw new ProviderRefusedException(ReplicateErrors.explain(refused));
        }
    }

    private Map<String, Object> values(ProviderRequest request, ProviderConfig config, boolean takesReference) {
        String ratio = request.aspectRatio() == null ? "1:1" : request.aspectRatio();
        int longSide = config.parameters().get("long_side") instanceof Number number ? number.intValue() : DEFAULT_LONG_SIDE;
        AspectRatio.Size size = AspectRatio.parse(ratio).size(longSide, 8);
        Map<String, Object> values = new HashMap<>();
        values.put("prompt", request.prompt());
        values.put("negative_prompt", request.negativePrompt());
        values.put("seed", request.seed() >= 0 ? request.seed() : null);
        values.put("aspect_ratio", ratio);
        values.put("width", size.width());
        values.put("height", size.height());
        if (takesReference) {
            request.references().stream().min(Comparator.comparing(reference -> !"character".equals(reference.role())))
                    .map(ProviderReference::mediaKey).map(images::bytes)
                    .ifPresent(image -> values.put("image_url", "data:" + ImageFormats.mimeType(image) + ";base64,"
                            + Base64.getEncoder().encodeToString(image)));
        }
        return values;
    }

    @Override
    public ProviderStatus poll(String predictionId) {
        ProviderConfig config = config();
        String key = config.requireCredential(NAME);
        try {
            return ReplicateErrors.status(calls.poll(NAME, () -> api(config).get(key, predictionId)));
        } catch (ProviderHttpException refused) {
            throw new ProviderRefusedException(ReplicateErrors.explain(refused));
        } catch (FeignException unreadable) {
            if (unreadable instanceof RetryableException) {
                throw unreadable;
            }
            throw new ProviderRefusedException(NAME + " answered with something that is not the JSON it documents: " + unreadable.getMessage());
        }
    }

    @Override
    public byte[] fetch(ProviderResult result) {
        return calls.downloadResult(NAME, () -> http.download(result.downloadUrl(), config().baseUrl(), MediaLimits.MAX_FILE_BYTES), "its link is valid for an hour only");
    }

    /** {@code POST /predictions/{id}/cancel} (the prediction's {@code urls.cancel}); best effort, the job stops polling anyway. */
    @Override
    public void cancel(String predictionId) {
        ProviderConfig config = config();
        config.credential().ifPresent(key -> {
            try {
                calls.poll(NAME, () -> api(config).cancel(key, predictionId));
            } catch (RuntimeException ignored) {
                // a finished prediction cannot be cancelled; nothing else to do
            }
        });
    }

    /** {@code GET /account}: the cheapest call that needs a valid token, and it names the account. */
    @Override
    public String testConnection() {
        ProviderConfig config = config();
        String key = config.requireCredential(NAME);
        try {
            ReplicateApi.Account account = api(config).account(key);
            return "Connected to " + config.baseUrl() + ": the token was accepted"
                    + (account == null || account.username() == null ? "." : " (account " + account.username() + ").");
        } catch (ProviderHttpException refused) {
            throw new ProviderRefusedException(ReplicateErrors.explain(refused));
        }
    }

    private ReplicateApi api(ProviderConfig config) {
        return http.client(ReplicateApi.class, config.baseUrl());
    }
}
