package studio.thresho.provider.automatic;

import feign.FeignException;
import feign.RetryableException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
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
import studio.thresho.provider.SynchronousAnswers;
import studio.thresho.provider.http.ImageFormats;
import studio.thresho.provider.http.ProviderCalls;
import studio.thresho.provider.http.ProviderHttp;
import studio.thresho.provider.ProviderHttpException;
import studio.thresho.provider.ProviderUnreachableException;
import studio.thresho.provider.SubmissionUncertainException;
import studio.thresho.provider.settings.ProviderConfig;
import studio.thresho.provider.settings.ProviderConfigs;
import studio.thresho.provider.settings.ProviderDefaults;
import studio.thresho.media.MediaService;

/**
 * AUTOMATIC1111 / Forge. The engine answers only once the images are drawn, so a submission comes
 * back finished: the base64 images are stored at once, each with the seed the engine reports for it
 * ({@code all_seeds} in the {@code info} string). A character reference becomes img2img's init image.
 */
@Component
public class Automatic1111Provider extends ConfiguredProvider implements studio.thresho.provider.InstalledLoras {

    public static final String ID = "automatic1111";
    static final String NAME = "AUTOMATIC1111 / Forge (local)";
    static final int MAX_PROMPT_LENGTH = 4000;
    static final List<String> ASPECT_RATIOS = List.of("16:9", "1:1", "9:16", "4:3", "3:4", "3:2", "2:3");
    static final ProviderDefaults DEFAULTS = ProviderDefaults.localEngine("http://127.0.0.1:7860", null, List.of(), 1,
            "No key: the engine runs on a studio machine, started with --api. Set its address as the base URL. An engine started "
                    + "with --api-auth user:pass takes user:pass here (sent as HTTP basic auth).");

    private final ProviderHttp http;
    private final ProviderCalls calls;
    private final ReferenceImages images;
    private final MediaService media;
    private final Duration imageTimeout;

    /** @param imageTimeout how long to wait for the images: a local GPU may take minutes for a batch */
    public Automatic1111Provider(ProviderConfigs configs, ProviderHttp http, ProviderCalls calls, ReferenceImages images, MediaService media,
                                 @Value("${thresho.providers.automatic1111.image-timeout:10m}") Duration imageTimeout) {
        super(ID, NAME, DEFAULTS, configs);
        this.http = http;
        this.calls = calls;
        this.images = images;
        this.media = media;
        this.imageTimeout = imageTimeout;
    }

    @Override
    public ProviderCapabilities capabilities() {
        return new ProviderCapabilities(true, true, false, false, true, 1, MAX_PROMPT_LENGTH, Automatic1111Body.MAX_IMAGES, ASPECT_RATIOS);
    }

    @Override
    public ProviderSubmission submit(ProviderRequest request) {
        ProviderConfig config = config();
        Optional<byte[]> initImage = request.references().stream()
                .min(Comparator.comparing(reference -> !"character".equals(reference.role())))
                .map(ProviderReference::mediaKey).map(images::bytes);
        Map<String, Object> body = initImage.map(image -> Automatic1111Body.img2img(request, image, config.parameters()))
                .orElseGet(() -> Automatic1111Body.txt2img(request, config.parameters()));
        if (config.model() != null && !config.model().isBlank() && !body.containsKey("override_settings")) {
            // otherwise the engine draws with whatever checkpoint it has loaded
            body.put("override_settings", Map.of("sd_model_checkpoint", config.model().strip()));
        }
        Automatic1111Api api = http.client(Automatic1111Api.class, config.baseUrl(), imageTimeout);
        Automatic1111Api.Images answer;
        try {
            String auth = basicAuth(config);
            answer = calls.submit(NAME, () -> initImage.isPresent() ? api.img2img(auth, body) : api.txt2img(auth, body));
        } catch (ProviderHttpException refused) {
            throw new ProviderRefusedException(Automatic1111Errors.explain(refused));
        } catch (SubmissionUncertainException uncertain) {
            throw Automatic1111Errors.afterSubmit(uncertain);
        }
        return new ProviderSubmission(ID + "-" + request.recordId(), store(request, answer));
    }

    private List<ProviderResult> store(ProviderRequest request, Automatic1111Api.Images answer) {
        List<String> encoded = answer == null || answer.images() == null ? List.of() : answer.images();
        Automatic1111Seeds seeds = Automatic1111Seeds.of(answer == null ? null : answer.info());
        // extensions such as ControlNet append their own pictures (detected poses, depth maps) after the batch
        int count = Math.min(encoded.size(), Automatic1111Body.batchSize(request));
        List<ProviderResult> results = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            byte[] bytes = SynchronousAnswers.decodeImage(NAME, encoded.get(i));
            String filename = ID + "-" + request.recordId() + "-" + (i + 1) + "." + ImageFormats.extension(bytes);
            results.add(ProviderResult.stored(media.ingest(filename, bytes).key(), seeds.seed(i)));
        }
        if (results.isEmpty()) {
            throw new ProviderRefusedException(NAME + " answered without any image.");
        }
        return results;
    }


    @Override
    public ProviderStatus poll(String externalId) {
        return SynchronousAnswers.stoppedBeforeStored(NAME);
    }

    @Override
    public byte[] fetch(ProviderResult result) {
        throw new ProviderRefusedException(NAME + " results are stored while submitting; there is nothing to download.");
    }

    @Override
    public void cancel(String externalId) {
        // the answer ends the work; /sdapi/v1/interrupt would stop whatever the engine draws now, possibly the next generation
    }

    /**
     * HTTP basic auth for an engine started with {@code --api-auth user:pass}: the stored key is
     * {@code user:pass}; without one no Authorization header is sent.
     */
    static String basicAuth(ProviderConfig config) {
        return config.credential().filter(credential -> !credential.isBlank())
                .map(credential -> "Basic " + java.util.Base64.getEncoder().encodeToString(credential.strip()
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .orElse(null);
    }

    /** Lists the checkpoints and LoRAs: cheap, and it proves the API is on (the engine was started with --api). */
    @Override
    public String testConnection() {
        ProviderConfig config = config();
        try {
            return "Connected to " + config.baseUrl() + ": " + Automatic1111Inventory.describe(http.client(Automatic1111Api.class,
                    config.baseUrl()), basicAuth(config), config.model());
        } catch (ProviderHttpException refused) {
            throw new ProviderRefusedException(Automatic1111Errors.explain(refused)
                    + (refused.status() == 404 ? " Is the engine started with --api?" : ""));
        } catch (RetryableException unreachable) {
            throw new ProviderUnreachableException(NAME, unreachable);
        } catch (FeignException unreadable) {
            throw Automatic1111Errors.unreadableAnswer(unreadable);
        }
    }

    @Override
    public List<String> installedLoras() {
        ProviderConfig config = config();
        try {
            List<Automatic1111Api.Lora> loras = http.client(Automatic1111Api.class, config.baseUrl()).loras(basicAuth(config));
            return loras == null ? List.of() : loras.stream().map(Automatic1111Api.Lora::name).filter(java.util.Objects::nonNull).toList();
        } catch (ProviderHttpException refused) {
            throw new ProviderRefusedException(Automatic1111Errors.explain(refused)
                    + (refused.status() == 404 ? " The engine has no LoRA extension." : ""));
        } catch (RetryableException unreachable) {
            throw new ProviderUnreachableException(NAME, unreachable);
        }
    }
}
