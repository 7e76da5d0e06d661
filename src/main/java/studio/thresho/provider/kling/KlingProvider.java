package studio.thresho.provider.kling;

import dev.failsafe.function.CheckedSupplier;
import feign.FeignException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
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
import studio.thresho.provider.catalogue.ModelCatalogue;
import studio.thresho.provider.http.ProviderCalls;
import studio.thresho.provider.http.ProviderHttp;
import studio.thresho.provider.ProviderHttpException;
import studio.thresho.provider.settings.ProviderConfig;
import studio.thresho.provider.settings.ProviderConfigs;
import studio.thresho.provider.settings.ProviderDefaults;
import studio.thresho.media.MediaLimits;

/**
 * Kling. Images keep a character through a subject reference (the first character reference
 * image), videos animate a still; both are tasks polled on their own path, so the external id
 * says which ({@code image:<task_id>} or {@code video:<task_id>}). Kling has no cancel call.
 */
@Component
public class KlingProvider extends ConfiguredProvider {

    public static final String ID = "kling";
    static final String NAME = "Kling";
    static final String IMAGE_TASK = "image:";
    static final String VIDEO_TASK = "video:";
    private static final ModelCatalogue SHIPPED = ModelCatalogue.shipped(ID, NAME);
    private static final ProviderDefaults DEFAULTS = new ProviderDefaults("https://api-singapore.klingai.com", SHIPPED.defaultModel(),
            SHIPPED.offered(), true, 4, "An API key from the Kling developer console (works for all models); or, for the legacy API, "
            + "the access key and the secret key joined by a colon: accessKey:secretKey (a token signed with the secret key is sent, "
            + "the secret itself never leaves this server). Images with a character reference use kling-v2-1 (setting "
            + "\"reference_model\"); videos kling-2.5-turbo with an API key, else the legacy kling-v2-5-turbo (setting \"video_model\").");

    private final ProviderHttp http;
    private final ProviderCalls calls;
    private final ReferenceImages images;
    private final KlingJwt jwt;
    private final Clock clock;
    /** How far back the key check asks for costs. */
    private static final Duration COSTS_WINDOW = Duration.ofDays(30);

    @Autowired
    public KlingProvider(ProviderConfigs configs, ProviderHttp http, ProviderCalls calls, ReferenceImages images) {
        this(configs, http, calls, images, Clock.systemUTC());
    }

    KlingProvider(ProviderConfigs configs, ProviderHttp http, ProviderCalls calls, ReferenceImages images, Clock clock) {
        super(ID, NAME, DEFAULTS, configs);
        this.http = http;
        this.calls = calls;
        this.images = images;
        this.jwt = new KlingJwt(clock);
        this.clock = clock;
    }

    @Override
    public ProviderCapabilities capabilities() {
        return new ProviderCapabilities(false, true, false, true, true, 1, KlingModels.MAX_PROMPT_LENGTH, KlingModels.MAX_IMAGES,
                KlingModels.ASPECT_RATIOS);
    }

    @Override
    public ProviderSubmission submit(ProviderRequest request) {
        ProviderConfig config = config();
        String token = token(config);
        byte[] character = request.references().stream().filter(reference -> KlingModels.CHARACTER_ROLE.equals(reference.role()))
                .findFirst().map(ProviderReference::mediaKey).map(images::bytes).orElse(null);
        String model = usableModel(config, imageModel(config, request.model(), character != null));
        Map<String, Object> body = KlingModels.image(model, request, character, config.parameters());
        return created(IMAGE_TASK, () -> api(config).generateImages(token, body));
    }

    @Override
    public ProviderSubmission submitVideo(VideoRequest request) {
        ProviderConfig config = config();
        String token = token(config);
        String model = usableModel(config, request.model() != null ? request.model()
                : String.valueOf(config.parameters().getOrDefault(KlingModels.VIDEO_MODEL_PARAMETER,
                KlingJwt.apiKey(config.credential().orElse("")) ? KlingModels.VIDEO_MODEL_BY_PATH : KlingModels.VIDEO_MODEL)));
        java.util.Optional<studio.thresho.provider.catalogue.CatalogueModel> entry = catalogue(config).find(model);
        if (entry.map(found -> found.modelInPath()).orElse(false)) {
            List<Integer> durations = entry.get().durations().isEmpty() ? KlingModels.VIDEO_DURATIONS : entry.get().durations();
            return new KlingPathVideos(api(config), calls).submit(config.requireCredential(NAME), model, request,
                    images.bytes(request.sourceMediaKey()), durations, config.parameters());
        }
        Map<String, Object> body = KlingModels.video(model, request, images.bytes(request.sourceMediaKey()), config.parameters());
        return created(VIDEO_TASK, () -> api(config).imageToVideo(token, body));
    }

    /**
     * The configured model, unless a character reference is sent and that model takes none
     * (kling-v3): then the reference model (kling-v2-1), so the character is kept.
     */
    String imageModel(ProviderConfig config, String requested, boolean withCharacter) {
        String model = requested != null && !requested.isBlank() ? requested : config.model();
        boolean takesReference = catalogue(config).find(model).map(entry -> entry.maxReferences() > 0).orElse(true);
        if (!withCharacter || takesReference) {
            return model;
        }
        Object configured = config.parameters().get(KlingModels.REFERENCE_MODEL_PARAMETER);
        return configured instanceof String name && !name.isBlank() ? name.strip() : KlingModels.REFERENCE_MODEL;
    }

    /** With a character reference the request runs on the reference model: the Generate page says so. */
    @Override
    public java.util.Optional<String> modelStanding() {
        ProviderConfig config = config();
        java.util.Optional<String> standing = super.modelStanding();
        String withReference = imageModel(config, null, true);
        if (!withReference.equals(config.model())) {
            String note = "With a character reference, " + NAME + " draws on " + withReference + " (the model that keeps a subject or "
                    + "face); without one on " + config.model() + ".";
            return java.util.Optional.of(standing.map(warning -> warning + " " + note).orElse(note));
        }
        return standing;
    }

    private ProviderSubmission created(String kind, CheckedSupplier<KlingApi.Envelope> create) {
        KlingApi.Envelope answer;
        try {
            answer = calls.submit(NAME, create);
        } catch (ProviderHttpException refused) {
            throw new ProviderRefusedException(KlingErrors.explain(refused));
        }
        // an HTTP 200 with an error code (1303 when all task slots are taken) was not accepted: nothing to poll
        KlingApi.Task task = accepted(answer);
        if (task == null || task.taskId() == null || task.taskId().isBlank()) {
            throw new ProviderRefusedException(NAME + " answered without a task id.");
        }
        return ProviderSubmission.pending(kind + task.taskId());
    }

    @Override
    public ProviderStatus poll(String externalId) {
        ProviderConfig config = config();
        String token = token(config);
        if (externalId.startsWith(KlingPathVideos.TASK)) {
            return new KlingPathVideos(api(config), calls).poll(token, externalId.substring(KlingPathVideos.TASK.length()));
        }
        boolean video = externalId.startsWith(VIDEO_TASK);
        if (!video && !externalId.startsWith(IMAGE_TASK)) {
            throw new ProviderRefusedException(NAME + " task \"" + externalId + "\" does not say whether it is an image or a video task.");
        }
        String taskId = externalId.substring(video ? VIDEO_TASK.length() : IMAGE_TASK.length());
        KlingApi.Envelope answer;
        try {
            answer = calls.poll(NAME, () -> {
                KlingApi.Envelope envelope = video ? api(config).videoTask(token, taskId) : api(config).imageTask(token, taskId);
                ProviderHttpException passing = envelope == null || envelope.code() == null ? null
                        : KlingErrors.transientCode(envelope.code(), envelope.message());
                if (passing != null) {
                    throw passing;
                }
                return envelope;
            });
        } catch (ProviderHttpException refused) {
            throw new ProviderRefusedException(KlingErrors.explain(refused));
        } catch (FeignException unreadable) {
            throw KlingErrors.unreadable(unreadable);
        }
        return KlingErrors.status(accepted(answer));
    }

    @Override
    public byte[] fetch(ProviderResult result) {
        return calls.downloadResult(NAME, () -> http.download(result.downloadUrl(), config().baseUrl(), MediaLimits.MAX_VIDEO_BYTES), "its link has expired");
    }

    @Override
    public void cancel(String externalId) {
        // Kling offers no cancel call; the job stops polling and the task ends on its own
    }

    /** Reads the account's resource packs ({@code GET /account/costs}): free, and it needs valid credentials. */
    @Override
    public String testConnection() {
        ProviderConfig config = config();
        String token = token(config);
        long now = clock.millis();
        try {
            KlingApi.AccountCosts answer = api(config).costs(token, now - COSTS_WINDOW.toMillis(), now);
            if (answer == null || answer.code() == null || answer.code() != KlingErrors.OK) {
                throw new ProviderRefusedException(answer == null || answer.code() == null ? NAME + " answered without a code."
                        : KlingErrors.explain(answer.code(), answer.message()));
            }
            List<KlingApi.ResourcePack> packs = answer.data() == null || answer.data().resourcePacks() == null ? List.of()
                    : answer.data().resourcePacks();
            String remaining = packs.isEmpty() ? "no resource pack" : packs.stream().map(pack -> pack.name() + ": "
                    + (pack.remaining() == null ? "?" : BigDecimal.valueOf(pack.remaining()).stripTrailingZeros().toPlainString()) + " left")
                    .collect(Collectors.joining(", "));
            return "Connected to " + config.baseUrl() + ": the " + (KlingJwt.apiKey(config.credential().orElse("")) ? "API key was"
                    : "credentials were") + " accepted (" + remaining + ")."
                    + catalogue(config).warning(config.model()).map(legacy -> " " + legacy).orElse("");
        } catch (ProviderHttpException refused) {
            throw new ProviderRefusedException(KlingErrors.explain(refused));
        } catch (FeignException unreadable) {
            throw KlingErrors.unreadable(unreadable);
        }
    }

    private static KlingApi.Task accepted(KlingApi.Envelope answer) {
        if (answer == null || answer.code() == null) {
            throw new ProviderRefusedException(NAME + " answered without a code.");
        }
        if (answer.code() != KlingErrors.OK) {
            throw new ProviderRefusedException(KlingErrors.explain(answer.code(), answer.message()));
        }
        return answer.data();
    }

    private String token(ProviderConfig config) {
        return jwt.token(config.requireCredential(NAME));
    }

    private KlingApi api(ProviderConfig config) {
        return http.client(KlingApi.class, config.baseUrl());
    }
}
