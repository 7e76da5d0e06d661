package studio.thresho.provider.bfl;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.stereotype.Component;
import studio.thresho.provider.ConfiguredProvider;
import studio.thresho.provider.ProviderCapabilities;
import studio.thresho.provider.ProviderRefusedException;
import studio.thresho.provider.ProviderReference;
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

/**
 * Black Forest Labs Flux (FLUX.2 by default; FLUX.1 as legacy). Submits to the configured model, polls the returned {@code polling_url}
 * (or, when a webhook is configured and none came, {@code get_result} by the task id),
 * downloads {@code result.sample} at once (it expires after 10 minutes) and keeps {@code result.seed}.
 * BFL has no cancel call: a cancelled generation is simply no longer polled.
 */
@Component
public class BflProvider extends ConfiguredProvider {

    public static final String ID = "bfl";
    static final String NAME = "Black Forest Labs Flux";
    static final int MAX_PROMPT_LENGTH = 2000;
    private static final ModelCatalogue SHIPPED = ModelCatalogue.shipped(ID, NAME);
    /** BFL answers with regional polling URLs (api.eu.bfl.ai, api.us.bfl.ai): its own hosts, which may receive the key. */
    private static final ProviderDefaults DEFAULTS = new ProviderDefaults("https://api.bfl.ai", SHIPPED.defaultModel(), SHIPPED.offered(), true, 24,
            "An API key from dashboard.bfl.ai, sent as the x-key header.").withKeyHosts("*.bfl.ai");

    private final ProviderHttp http;
    private final ProviderCalls calls;
    private final ReferenceImages images;

    public BflProvider(ProviderConfigs configs, ProviderHttp http, ProviderCalls calls, ReferenceImages images) {
        super(ID, NAME, DEFAULTS, configs);
        this.http = http;
        this.calls = calls;
        this.images = images;
    }




    @Override
    public ProviderCapabilities capabilities() {
        ProviderConfig config = config();
        CatalogueModel entry = catalogue(config).find(config.model()).orElse(null);
        int references = BflModels.maxReferences(entry);
        return new ProviderCapabilities(true, references > 0, entry == null || entry.styleReference() || references > 0, false, false,
                references, entry != null && entry.promptLimit() > 0 ? entry.promptLimit() : MAX_PROMPT_LENGTH, 1, BflModels.ASPECT_RATIOS);
    }



    @Override
    public ProviderSubmission submit(ProviderRequest request) {
        ProviderConfig config = config();
        String model = usableModel(config, request.model());
        String key = config.requireCredential(NAME);
        CatalogueModel entry = catalogue(config).find(model).orElse(null);
        List<byte[]> references = request.references().stream().limit(BflModels.maxReferences(entry))
                .map(ProviderReference::mediaKey).map(images::bytes).toList();
        Map<String, Object> body = BflModels.body(model, entry, request, references, config.parameters());
        try {
            BflApi.Task task = calls.submit(NAME, () -> api(config).submit(key, model, body));
            if (task != null && task.pollingUrl() != null) {
                return ProviderSubmission.pending(task.pollingUrl());
            }
            if (task != null && task.id() != null) {
                // a webhook is configured: the task was accepted (and billed); its result is still readable by id
                return ProviderSubmission.pending(config.baseUrl() + "/v1/get_result?id=" + URLEncoder.encode(task.id(), StandardCharsets.UTF_8));
            }
            throw new ProviderRefusedException(NAME + " answered without a task id or polling URL.");
        } catch (ProviderHttpException refused) {
            throw new ProviderRefusedException(BflErrors.explain(refused));
        }
    }

    /** The key goes to the polling URL only when it is on BFL's own hosts (Admin > Providers lists them). */
    @Override
    public ProviderStatus poll(String pollingUrl) {
        ProviderConfig config = config();
        config.requireCredential(NAME);
        String key = config.credentialFor(pollingUrl).orElseThrow(() -> new ProviderRefusedException(NAME + " answered with a polling URL on "
                + hostOf(pollingUrl) + ", which is not one of its hosts (" + ownHosts(config) + "): the API key is not sent there. If BFL "
                + "moved its API, an administrator adds the host under Admin > Providers."));
        BflApi.Result result;
        try {
            result = calls.poll(NAME, () -> api(config).poll(URI.create(pollingUrl), key));
        } catch (ProviderHttpException refused) {
            throw new ProviderRefusedException(BflErrors.explain(refused));
        } catch (feign.FeignException unreadable) {
            if (unreadable instanceof feign.RetryableException) {
                throw unreadable;
            }
            throw new ProviderRefusedException(NAME + " answered with something that is not the JSON it documents: " + unreadable.getMessage());
        }
        return BflErrors.status(result);
    }

    @Override
    public byte[] fetch(ProviderResult result) {
        return calls.downloadResult(NAME, () -> http.download(result.downloadUrl(), config().baseUrl(), MediaLimits.MAX_FILE_BYTES), "its link is valid for 10 minutes only");
    }

    @Override
    public void cancel(String pollingUrl) {
        // BFL offers no cancel call; the job stops polling and the task ends on its own
    }

    /** Reads the credits ({@code GET /v1/credits}): free, and it needs a valid key. */
    @Override
    public String testConnection() {
        ProviderConfig config = config();
        String key = config.requireCredential(NAME);
        try {
            BflApi.Credits answer = api(config).credits(key);
            String credits = answer == null || answer.credits() == null ? "unknown" : String.valueOf(answer.credits());
            return "Connected to " + config.baseUrl() + ": the key was accepted (" + credits + " credits left)."
                    + catalogue(config).warning(config.model()).map(legacy -> " " + legacy).orElse("");
        } catch (ProviderHttpException refused) {
            throw new ProviderRefusedException(BflErrors.explain(refused));
        }
    }

    private static String hostOf(String url) {
        try {
            String host = URI.create(url).getHost();
            return host == null ? "\"" + url + "\"" : host;
        } catch (IllegalArgumentException garbled) {
            return "\"" + url + "\"";
        }
    }

    private static String ownHosts(ProviderConfig config) {
        return hostOf(config.baseUrl()) + (config.keyHosts().isEmpty() ? "" : ", " + String.join(", ", config.keyHosts()));
    }

    private BflApi api(ProviderConfig config) {
        return http.client(BflApi.class, config.baseUrl());
    }
}
