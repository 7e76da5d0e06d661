package studio.thresho.provider.kling;

import dev.failsafe.function.CheckedSupplier;
import feign.FeignException;
import java.time.Clock;
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
    private static final ProviderDefaults DEFAULTS = new ProviderDefaults("https://api-singapore.klingai.com", KlingModels.IMAGE_MODEL,
            KlingModels.IMAGE_MODELS, true, 4, "The access key and the secret key from the Kling developer console, joined by a colon: "
            + "accessKey:secretKey. Each request carries a token signed with the secret key, which itself never leaves this server. "
            + "Videos use kling-v1-6 (setting \"video_model\").");

    private final ProviderHttp http;
    private final ProviderCalls calls;
    private final ReferenceImages images;
    private final KlingJwt jwt;

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
        String model = request.model() != null ? request.model() : config.model();
        byte[] character = request.references().stream().filter(reference -> KlingModels.CHARACTER_ROLE.equals(reference.role()))
                .findFirst().map(ProviderReference::mediaKey).map(images::bytes).orElse(null);
        Map<String, Object> body = KlingModels.image(model, request, character, config.parameters());
        return created(IMAGE_TASK, () -> api(config).generateImages(token, body));
    }

    @Override
    public ProviderSubmission submitVideo(VideoRequest request) {
        ProviderConfig config = config();
        String token = token(config);
        String model = request.model() != null ? request.model()
                : String.valueOf(config.parameters().getOrDefault(KlingModels.VIDEO_MODEL_PARAMETER, KlingModels.VIDEO_MODEL));
        Map<String, Object> body = KlingModels.video(model, request, images.bytes(request.sourceMediaKey()), config.parameters());
        return created(VIDEO_TASK, () -> api(config).imageToVideo(token, body));
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

    /** Lists one image task: a read that needs valid credentials and costs nothing. */
    @Override
    public String testConnection() {
        ProviderConfig config = config();
        String token = token(config);
        try {
            KlingApi.TaskList answer = api(config).imageTasks(token);
            if (answer == null || answer.code() == null || answer.code() != KlingErrors.OK) {
                throw new ProviderRefusedException(answer == null || answer.code() == null ? NAME + " answered without a code."
                        : KlingErrors.explain(answer.code(), answer.message()));
            }
            return "Connected to " + config.baseUrl() + ": the credentials were accepted.";
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
