package studio.thresho.provider.openai;

import feign.FeignException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import studio.thresho.provider.http.MultipartForm;
import studio.thresho.provider.http.ProviderCalls;
import studio.thresho.provider.http.ProviderHttp;
import studio.thresho.provider.ProviderHttpException;
import studio.thresho.provider.settings.ProviderConfig;
import studio.thresho.provider.settings.ProviderConfigs;
import studio.thresho.provider.settings.ProviderDefaults;
import studio.thresho.media.MediaLimits;
import studio.thresho.media.MediaService;

/**
 * OpenAI Images. OpenAI answers while submitting, so a submission comes back finished: the base64
 * images are stored in the media store at once (nothing to download later) with the prompt
 * dall-e-3 rewrote ours into. With reference images (GPT image models) the request goes to the
 * edits operation as a multipart form, otherwise to generations as JSON.
 */
@Component
public class OpenAiProvider extends ConfiguredProvider {

    public static final String ID = "openai";
    static final String NAME = "OpenAI Images";
    static final ProviderDefaults DEFAULTS = new ProviderDefaults("https://api.openai.com/v1", OpenAiModels.DALL_E_3, OpenAiModels.ALL,
            true, 4, "An API key from platform.openai.com (API keys), sent as Authorization: Bearer. gpt-image-1 needs a verified organization.");

    private final ProviderHttp http;
    private final ProviderCalls calls;
    private final ReferenceImages images;
    private final MediaService media;
    private final Duration imageTimeout;

    /** @param imageTimeout how long to wait for the images: OpenAI answers only once they are drawn, which can take minutes */
    public OpenAiProvider(ProviderConfigs configs, ProviderHttp http, ProviderCalls calls, ReferenceImages images, MediaService media,
                          @Value("${thresho.providers.openai.image-timeout:5m}") Duration imageTimeout) {
        super(ID, NAME, DEFAULTS, configs);
        this.http = http;
        this.calls = calls;
        this.images = images;
        this.media = media;
        this.imageTimeout = imageTimeout;
    }




    @Override
    public ProviderCapabilities capabilities() {
        return OpenAiModels.capabilities(config().model());
    }



    @Override
    public ProviderSubmission submit(ProviderRequest request) {
        ProviderConfig config = config();
        String key = config.requireCredential(NAME);
        String model = request.model() != null ? request.model() : config.model();
        List<byte[]> references = request.references().stream().limit(OpenAiModels.maxReferences(model))
                .map(ProviderReference::mediaKey).map(images::bytes).toList();
        OpenAiApi api = http.client(OpenAiApi.class, config.baseUrl(), imageTimeout);
        OpenAiApi.ImagesResponse answer;
        try {
            if (references.isEmpty()) {
                Map<String, Object> body = OpenAiModels.generation(model, request, config.parameters());
                answer = calls.submit(NAME, () -> api.generate(key, body));
            } else {
                MultipartForm form = OpenAiModels.edit(model, request, references, config.parameters());
                byte[] bytes = form.bytes();
                answer = calls.submit(NAME, () -> api.edit(key, form.boundary(), bytes));
            }
        } catch (ProviderHttpException refused) {
            throw new ProviderRefusedException(OpenAiErrors.explain(refused));
        }
        return new ProviderSubmission(ID + "-" + request.recordId(), store(request, answer));
    }

    /** Base64 images go to the media store now; a link (only if OpenAI ignored response_format) is downloaded by the job. */
    private List<ProviderResult> store(ProviderRequest request, OpenAiApi.ImagesResponse answer) {
        List<ProviderResult> results = new ArrayList<>();
        List<OpenAiApi.Image> data = answer == null || answer.data() == null ? List.of() : answer.data();
        for (OpenAiApi.Image image : data) {
            if (image.b64Json() != null) {
                byte[] bytes = SynchronousAnswers.decodeImage(NAME, image.b64Json());
                String filename = ID + "-" + request.recordId() + "-" + (results.size() + 1) + "." + ImageFormats.extension(bytes);
                results.add(new ProviderResult(null, media.ingest(filename, bytes).key(), null, image.revisedPrompt()));
            } else if (image.url() != null) {
                results.add(new ProviderResult(image.url(), null, null, image.revisedPrompt()));
            }
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
        return calls.downloadResult(NAME, () -> http.download(result.downloadUrl(), config().baseUrl(), MediaLimits.MAX_FILE_BYTES), "its link is valid for 60 minutes only");
    }

    @Override
    public void cancel(String externalId) {
        // nothing runs at OpenAI after the answer
    }

    /** Lists the models: the cheapest call that needs a valid key. */
    @Override
    public String testConnection() {
        ProviderConfig config = config();
        String key = config.requireCredential(NAME);
        try {
            OpenAiApi.ModelList models = http.client(OpenAiApi.class, config.baseUrl()).models(key);
            int count = models == null || models.data() == null ? 0 : models.data().size();
            return "Connected to " + config.baseUrl() + ": the key was accepted (" + count + " models available).";
        } catch (ProviderHttpException refused) {
            throw new ProviderRefusedException(OpenAiErrors.explain(refused));
        } catch (FeignException failure) {
            throw OpenAiErrors.unreadable(failure) ? OpenAiErrors.unreadableAnswer(failure) : failure;
        }
    }

}
