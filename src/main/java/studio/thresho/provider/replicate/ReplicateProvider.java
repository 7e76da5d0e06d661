package studio.thresho.provider.replicate;

import feign.FeignException;
import feign.RetryableException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import studio.thresho.provider.AspectRatio;
import studio.thresho.provider.ConfiguredProvider;
import studio.thresho.provider.ProviderCapabilities;
import studio.thresho.provider.ProviderReference;
import studio.thresho.provider.ProviderRefusedException;
import studio.thresho.provider.EngineLora;
import studio.thresho.provider.ProviderRequest;
import studio.thresho.provider.ProviderResult;
import studio.thresho.provider.ProviderStatus;
import studio.thresho.provider.ProviderSubmission;
import studio.thresho.provider.ReferenceImages;
import studio.thresho.provider.catalogue.CatalogueModel;
import studio.thresho.provider.catalogue.ModelCatalogue;
import studio.thresho.provider.http.ProviderCalls;
import studio.thresho.provider.http.ProviderHttp;
import studio.thresho.provider.ProviderHttpException;
import studio.thresho.provider.settings.ProviderConfig;
import studio.thresho.provider.settings.ProviderConfigs;
import studio.thresho.provider.settings.ProviderDefaults;
import studio.thresho.media.MediaLimits;
import studio.thresho.media.ShareLinkService;

/**
 * Replicate. Creates a prediction with the input its template gives (see {@link ReplicateModels}):
 * official models on their own endpoint, every other model by version ({@link ReplicatePredictions});
 * polls it, and downloads the output links at once (they expire after an hour).
 */
@Component
public class ReplicateProvider extends ConfiguredProvider {

    public static final String ID = "replicate";
    static final String NAME = "Replicate";
    static final int MAX_PROMPT_LENGTH = 2000;
    static final int DEFAULT_LONG_SIDE = 1024;
    private static final ModelCatalogue SHIPPED = ModelCatalogue.shipped(ID, NAME);
    static final ProviderDefaults DEFAULTS = new ProviderDefaults("https://api.replicate.com/v1", SHIPPED.defaultModel(), SHIPPED.offered(),
            true, 4, "An API token from replicate.com/account/api-tokens, sent as Authorization: Bearer. Any model runs, written "
            + "owner/name or owner/name:version (a pinned or trained version); its input template goes in the \"models\" parameter.");

    private final ProviderHttp http;
    private final ProviderCalls calls;
    private final ReferenceImages images;
    private final ShareLinkService shares;

    public ReplicateProvider(ProviderConfigs configs, ProviderHttp http, ProviderCalls calls, ReferenceImages images, ShareLinkService shares) {
        super(ID, NAME, DEFAULTS, configs);
        this.http = http;
        this.calls = calls;
        this.images = images;
        this.shares = shares;
    }

    /** What the default model's template takes; a broken set-up offers the least until submit says why. */
    @Override
    public ProviderCapabilities capabilities() {
        ProviderConfig config = config();
        Set<String> placeholders;
        try {
            ReplicateModelName model = ReplicateModelName.parse(config.model());
            placeholders = ReplicateModels.placeholders(ReplicateModels.template(model, ReplicateModels.entry(catalogue(config), model),
                    config.parameters()));
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
        Object trained = request.options().get(EngineLora.TRAINED_VERSION);
        ReplicateModelName model = ReplicateModelName.parse(trained instanceof String version ? version : usableModel(config, request.model()));
        Optional<CatalogueModel> entry = ReplicateModels.entry(catalogue(config), model);
        Map<String, Object> template = trained instanceof String ? trainedTemplate(config, model, entry)
                : ReplicateModels.template(model, entry, config.parameters());
        boolean takesReference = ReplicateModels.placeholders(template).contains("image_url");
        ReplicateApi api = api(config);
        try {
            Map<String, Object> input = new java.util.LinkedHashMap<>(ReplicateModels.input(template, values(request, config, takesReference,
                    new ReplicateReferences(api, calls, key))));
            EngineLora.of(request.options()).stream().findFirst().ifPresent(lora -> {
                if (!(trained instanceof String)) {
                    input.put("lora_weights", lora.file() == null ? lora.name()
                            : shares.createFileForGeneration(lora.file(), lora.name(), request.recordId(), ShareLinkService.DEFAULT_VALIDITY).url());
                }
                input.put("lora_scale", lora.weight().doubleValue());
            });
            ReplicateApi.Prediction prediction = new ReplicatePredictions(api, calls, key)
                    .create(model, entry.map(CatalogueModel::official).orElse(false), input);
            if (prediction == null || prediction.id() == null) {
                throw new ProviderRefusedException(NAME + " created the prediction without saying its id.");
            }
            return ProviderSubmission.pending(prediction.id());
        } catch (ProviderHttpException refused) {
            throw new ProviderRefusedException(ReplicateErrors.explain(refused));
        }
    }

    /** A talent's trained version takes the input of the model it was trained on when it has no template of its own. */
    private Map<String, Object> trainedTemplate(ProviderConfig config, ReplicateModelName trained, Optional<CatalogueModel> entry) {
        try {
            return ReplicateModels.template(trained, entry, config.parameters());
        } catch (ProviderRefusedException noTemplate) {
            ReplicateModelName configured = ReplicateModelName.parse(usableModel(config, null));
            return ReplicateModels.template(configured, ReplicateModels.entry(catalogue(config), configured), config.parameters());
        }
    }

    /** What the model does with the reference image, from the catalogue: the plan tells the user (flux-dev's is a start image). */
    @Override
    public Optional<String> modelStanding() {
        Optional<String> standing = super.modelStanding();
        ProviderConfig config = config();
        Optional<String> meaning;
        try {
            ReplicateModelName model = ReplicateModelName.parse(config.model());
            Optional<CatalogueModel> entry = ReplicateModels.entry(catalogue(config), model);
            boolean takesReference = ReplicateModels.placeholders(ReplicateModels.template(model, entry, config.parameters()))
                    .contains("image_url");
            meaning = takesReference ? entry.map(CatalogueModel::imageInput).filter(text -> !text.isBlank())
                    .map(text -> "On " + model + ", " + NAME + " uses the reference image as " + text + ".") : Optional.empty();
        } catch (ProviderRefusedException broken) {
            meaning = Optional.empty();
        }
        if (meaning.isEmpty()) {
            return standing;
        }
        String note = meaning.get();
        return Optional.of(standing.map(warning -> warning + " " + note).orElse(note));
    }

    private Map<String, Object> values(ProviderRequest request, ProviderConfig config, boolean takesReference, ReplicateReferences uploads) {
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
                    .ifPresent(image -> values.put("image_url", uploads.input(image)));
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

    /** {@code GET /account} proves the token; then the configured model (and its pinned version) must exist. */
    @Override
    public String testConnection() {
        ProviderConfig config = config();
        String key = config.requireCredential(NAME);
        try {
            ReplicateApi.Account account = api(config).account(key);
            ReplicateModelName model = ReplicateModelName.parse(config.model());
            boolean official = ReplicateModels.entry(catalogue(config), model).map(CatalogueModel::official).orElse(false);
            String found = new ReplicatePredictions(api(config), calls, key).describe(model, official);
            return "Connected to " + config.baseUrl() + ": the token was accepted"
                    + (account == null || account.username() == null ? "" : " (account " + account.username() + ")") + "; " + found;
        } catch (ProviderHttpException refused) {
            throw new ProviderRefusedException(ReplicateErrors.explain(refused));
        }
    }

    private ReplicateApi api(ProviderConfig config) {
        return http.client(ReplicateApi.class, config.baseUrl());
    }
}
