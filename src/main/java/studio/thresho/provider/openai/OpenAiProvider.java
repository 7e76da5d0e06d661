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
import studio.thresho.provider.ProviderHttpException;
import studio.thresho.provider.ProviderReference;
import studio.thresho.provider.ProviderRefusedException;
import studio.thresho.provider.ProviderRequest;
import studio.thresho.provider.ProviderResult;
import studio.thresho.provider.ProviderStatus;
import studio.thresho.provider.ProviderSubmission;
import studio.thresho.provider.ReferenceImages;
import studio.thresho.provider.SynchronousAnswers;
import studio.thresho.provider.catalogue.CatalogueModel;
import studio.thresho.provider.catalogue.ModelCatalogue;
import studio.thresho.provider.http.ImageFormats;
import studio.thresho.provider.http.MultipartForm;
import studio.thresho.provider.http.ProviderCalls;
import studio.thresho.provider.http.ProviderHttp;
import studio.thresho.provider.settings.ProviderConfig;
import studio.thresho.provider.settings.ProviderConfigs;
import studio.thresho.provider.settings.ProviderDefaults;
import studio.thresho.media.MediaService;

/**
 * OpenAI Images (the GPT image family). OpenAI answers while submitting, so a submission comes back
 * finished: the base64 images are stored in the media store at once. With reference images the
 * request goes to the edits operation as a multipart form, otherwise to generations as JSON.
 */
@Component
public class OpenAiProvider extends ConfiguredProvider {

    public static final String ID = "openai";
    static final String NAME = "OpenAI Images";
    private static final ModelCatalogue SHIPPED = ModelCatalogue.shipped(ID, NAME);
    static final ProviderDefaults DEFAULTS = new ProviderDefaults("https://api.openai.com/v1", SHIPPED.defaultModel(), SHIPPED.offered(),
            true, 4, "An API key from platform.openai.com (API keys), sent as Authorization: Bearer. GPT Image models may need a "
            + "verified organization.");

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
        ProviderConfig config = config();
        return OpenAiModels.capabilities(catalogue(config).find(config.model()).orElse(null));
    }

    @Override
    public ProviderSubmission submit(ProviderRequest request) {
        ProviderConfig config = config();
        String model = usableModel(config, request.model());
        String key = config.requireCredential(NAME);
        CatalogueModel entry = catalogue(config).find(model).orElse(null);
        List<byte[]> references = request.references().stream().limit(OpenAiModels.capabilities(entry).maxReferences())
                .map(ProviderReference::mediaKey).map(images::bytes).toList();
        OpenAiApi api = http.client(OpenAiApi.class, config.baseUrl(), imageTimeout);
        OpenAiApi.ImagesResponse answer;
        try {
            if (references.isEmpty()) {
                Map<String, Object> body = OpenAiModels.generation(model, entry, request, config.parameters());
                answer = calls.submit(NAME, () -> api.generate(key, body));
            } else {
                MultipartForm form = OpenAiModels.edit(model, entry, request, references, config.parameters());
                byte[] bytes = form.bytes();
                answer = calls.submit(NAME, () -> api.edit(key, form.boundary(), bytes));
            }
        } catch (ProviderHttpException refused) {
            throw new ProviderRefusedException(OpenAiErrors.explain(refused));
        }
        return new ProviderSubmission(ID + "-" + request.recordId(), store(request, answer));
    }

    /** The GPT image models always answer base64: the images go to the media store now. */
    private List<ProviderResult> store(ProviderRequest request, OpenAiApi.ImagesResponse answer) {
        List<ProviderResult> results = new ArrayList<>();
        List<OpenAiApi.Image> data = answer == null || answer.data() == null ? List.of() : answer.data();
        for (OpenAiApi.Image image : data) {
            if (image.b64Json() != null) {
                byte[] bytes = SynchronousAnswers.decodeImage(NAME, image.b64Json());
                String filename = ID + "-" + request.recordId() + "-" + (results.size() + 1) + "." + ImageFormats.extension(bytes);
                results.add(new ProviderResult(null, media.ingest(filename, bytes).key(), null, null));
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
        throw new ProviderRefusedException(NAME + " sends its images with the answer: there is nothing to download.");
    }

    @Override
    public void cancel(String externalId) {
        // nothing runs at OpenAI after the answer
    }

    /**
     * Asks OpenAI about the configured model ({@code GET /models/{id}}): proves the key, and tells
     * whether the model exists and whether OpenAI has announced its shutdown.
     */
    @Override
    public String testConnection() {
        ProviderConfig config = config();
        String key = config.requireCredential(NAME);
        String model = config.model();
        try {
            OpenAiApi.Model answer = http.client(OpenAiApi.class, config.baseUrl()).model(key, model);
            String found = "Connected to " + config.baseUrl() + ": the key was accepted and " + model + " is available";
            String warning = catalogue(config).warning(model).map(legacy -> " " + legacy).orElse("");
            if (answer != null && answer.shutdownDate() != null && !answer.shutdownDate().isBlank()) {
                return found + ", but OpenAI shuts it down on " + answer.shutdownDate() + ": choose a current model before then." + warning;
            }
            return found + "." + warning;
        } catch (ProviderHttpException refused) {
            if (refused.status() == 404) {
                throw new ProviderRefusedException("The key was accepted, but " + NAME + " does not know the model " + model
                        + " (retired or misspelt): choose a current one such as " + DEFAULTS.model() + ".");
            }
            throw new ProviderRefusedException(OpenAiErrors.explain(refused));
        } catch (FeignException failure) {
            throw OpenAiErrors.unreadable(failure) ? OpenAiErrors.unreadableAnswer(failure) : failure;
        }
    }
}
