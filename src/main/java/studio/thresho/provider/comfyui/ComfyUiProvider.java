package studio.thresho.provider.comfyui;

import feign.FeignException;
import feign.RetryableException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
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
import studio.thresho.provider.http.MultipartForm;
import studio.thresho.provider.http.ProviderCalls;
import studio.thresho.provider.http.ProviderHttp;
import studio.thresho.provider.ProviderHttpException;
import studio.thresho.provider.ProviderUnreachableException;
import studio.thresho.provider.settings.ProviderConfig;
import studio.thresho.provider.settings.ProviderConfigs;
import studio.thresho.provider.settings.ProviderDefaults;
import studio.thresho.media.MediaLimits;

/**
 * ComfyUI, run by the studio. Fills the workflow template (see {@link ComfyUiWorkflow} and the
 * package documentation), uploads the reference image first when the workflow takes one, queues the
 * workflow and polls its history; the saved images are downloaded through {@code /view}.
 */
@Component
public class ComfyUiProvider extends ConfiguredProvider implements studio.thresho.provider.InstalledLoras {

    public static final String ID = "comfyui";
    /** Model files named by the connection test; more are counted. */
    static final int MAX_LISTED = 10;
    static final String NAME = "ComfyUI (local)";
    static final String DEFAULT_CHECKPOINT = "sd_xl_base_1.0.safetensors";
    static final int DEFAULT_LONG_SIDE = 1024;
    static final int MAX_PROMPT_LENGTH = 4000;
    static final List<String> ASPECT_RATIOS = List.of("16:9", "1:1", "9:16", "4:3", "3:4", "3:2", "2:3");
    static final ProviderDefaults DEFAULTS = ProviderDefaults.localEngine("http://127.0.0.1:8188", null, List.of(), 1,
            "No key: ComfyUI runs on a studio machine. Set its address as the base URL; the workflow goes in the parameters (\"workflow\").");

    private final ProviderHttp http;
    private final ProviderCalls calls;
    private final ReferenceImages images;

    public ComfyUiProvider(ProviderConfigs configs, ProviderHttp http, ProviderCalls calls, ReferenceImages images) {
        super(ID, NAME, DEFAULTS, configs);
        this.http = http;
        this.calls = calls;
        this.images = images;
    }

    /** What the configured workflow takes; a broken workflow takes no reference until it is fixed (submit says why). */
    @Override
    public ProviderCapabilities capabilities() {
        boolean reference;
        try {
            reference = ComfyUiWorkflow.from(config().parameters()).takesReferenceImage();
        } catch (ProviderRefusedException broken) {
            reference = false;
        }
        return new ProviderCapabilities(true, reference, false, false, true, reference ? 1 : 0, MAX_PROMPT_LENGTH, 1, ASPECT_RATIOS);
    }

    @Override
    public ProviderSubmission submit(ProviderRequest request) {
        ProviderConfig config = config();
        ComfyUiWorkflow workflow = ComfyUiWorkflow.from(config.parameters());
        ComfyUiApi api = api(config);
        String referenceName = workflow.takesReferenceImage() ? upload(api, request) : null;
        Map<String, Object> filled = ComfyUiLoras.inserted(workflow.fill(values(request, config, referenceName)),
                studio.thresho.provider.EngineLora.of(request.options()));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("prompt", filled);
        body.put("client_id", "thresho-" + request.recordId());
        try {
            ComfyUiApi.Queued queued = calls.submit(NAME, () -> api.queue(body));
            if (queued == null || queued.promptId() == null) {
                throw new ProviderRefusedException(NAME + " queued the workflow without saying its prompt_id.");
            }
            return ProviderSubmission.pending(queued.promptId());
        } catch (ProviderHttpException refused) {
            throw new ProviderRefusedException(ComfyUiErrors.explain(refused));
        }
    }

    /** The character reference (else the first) as an input file; repeating the upload is harmless, so it is retried like a poll. */
    private String upload(ComfyUiApi api, ProviderRequest request) {
        ProviderReference reference = request.references().stream()
                .min(Comparator.comparing(candidate -> !"character".equals(candidate.role()))).orElse(null);
        if (reference == null) {
            return null;
        }
        byte[] image = images.bytes(reference.mediaKey());
        MultipartForm form = new MultipartForm()
                .file("image", "thresho-" + request.recordId() + "." + ImageFormats.extension(image), ImageFormats.mimeType(image), image)
                .field("overwrite", "true");
        byte[] bytes = form.bytes();
        try {
            ComfyUiApi.Uploaded uploaded = calls.poll(NAME, () -> api.upload(form.boundary(), bytes));
            if (uploaded == null || uploaded.name() == null) {
                throw new ProviderRefusedException(NAME + " took the reference image without saying its name.");
            }
            // LoadImage names files in a subfolder of the input folder by their relative path
            return uploaded.subfolder() == null || uploaded.subfolder().isBlank() ? uploaded.name() : uploaded.subfolder() + "/" + uploaded.name();
        } catch (ProviderHttpException refused) {
            throw new ProviderRefusedException(NAME + " refused the reference image (HTTP " + refused.status() + "): " + refused.body());
        }
    }

    private static Map<String, Object> values(ProviderRequest request, ProviderConfig config, String referenceName) {
        Map<String, Object> parameters = config.parameters();
        // KSampler takes seeds from 0 up; a negative one asks for a random seed, chosen here so that it can be kept
        long seed = request.seed() >= 0 ? request.seed() : ThreadLocalRandom.current().nextLong(0, 1L << 48);
        int longSide = parameters.get("long_side") instanceof Number number ? number.intValue() : DEFAULT_LONG_SIDE;
        // both sides multiples of 8, the latent's scale
        AspectRatio.Size size = AspectRatio.parse(request.aspectRatio()).size(longSide, 8);
        Map<String, Object> values = new HashMap<>();
        values.put(ComfyUiWorkflow.PROMPT, request.prompt());
        values.put(ComfyUiWorkflow.NEGATIVE_PROMPT, request.negativePrompt() == null ? "" : request.negativePrompt());
        values.put(ComfyUiWorkflow.SEED, seed);
        values.put(ComfyUiWorkflow.WIDTH, size.width());
        values.put(ComfyUiWorkflow.HEIGHT, size.height());
        values.put(ComfyUiWorkflow.REFERENCE_IMAGE, referenceName);
        Object checkpoint = parameters.get("checkpoint");
        String model = request.model() != null ? request.model() : config.model();
        values.put(ComfyUiWorkflow.CHECKPOINT, checkpoint != null ? checkpoint.toString() : model != null ? model : DEFAULT_CHECKPOINT);
        return values;
    }

    @Override
    public ProviderStatus poll(String promptId) {
        ProviderConfig config = config();
        Map<String, ComfyUiApi.History> history;
        try {
            history = calls.poll(NAME, () -> api(config).history(promptId));
        } catch (ProviderHttpException refused) {
            throw new ProviderRefusedException(ComfyUiErrors.explain(refused));
        } catch (FeignException unreadable) {
            if (unreadable instanceof RetryableException) {
                throw unreadable;
            }
            throw new ProviderRefusedException(NAME + " answered with something that is not the JSON of its API: " + unreadable.getMessage());
        }
        ComfyUiApi.History run = history == null ? null : history.get(promptId);
        if (run == null || run.status() == null) {
            return ProviderStatus.running(null);
        }
        if ("error".equals(run.status().statusStr()) || ComfyUiErrors.interrupted(run.status().messages())) {
            return ComfyUiErrors.failedRun(run.status());
        }
        if (!Boolean.TRUE.equals(run.status().completed())) {
            return ProviderStatus.running(null);
        }
        return finished(config, run);
    }

    private static ProviderStatus finished(ProviderConfig config, ComfyUiApi.History run) {
        Long seed = ComfyUiSeeds.seedOf(run.prompt());
        List<ProviderResult> results = new ArrayList<>();
        Map<String, ComfyUiApi.NodeOutput> outputs = run.outputs() == null ? Map.of() : run.outputs();
        for (ComfyUiApi.NodeOutput output : outputs.values()) {
            for (ComfyUiApi.Image image : output.images() == null ? List.<ComfyUiApi.Image>of() : output.images()) {
                // previews (type temp) are ComfyUI's scratch files, not results
                if ("output".equals(image.type())) {
                    results.add(new ProviderResult(viewUrl(config.baseUrl(), image), null, seed));
                }
            }
        }
        if (results.isEmpty()) {
            return ProviderStatus.failed(NAME + " finished the workflow without saving an image: it needs a SaveImage node.");
        }
        return ProviderStatus.succeeded(results);
    }

    static String viewUrl(String baseUrl, ComfyUiApi.Image image) {
        return baseUrl + "/view?filename=" + encode(image.filename()) + "&subfolder=" + encode(image.subfolder()) + "&type=output";
    }

    private static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }

    @Override
    public byte[] fetch(ProviderResult result) {
        try {
            return calls.download(NAME, () -> http.download(result.downloadUrl(), config().baseUrl(), MediaLimits.MAX_FILE_BYTES));
        } catch (ProviderHttpException missing) {
            throw new ProviderRefusedException(NAME + " no longer has the image (HTTP " + missing.status() + "); generate again.");
        }
    }

    /** Best effort: off the queue if it still waits, stopped if it runs (an older ComfyUI stops whatever runs). */
    @Override
    public void cancel(String promptId) {
        ComfyUiApi api = api(config());
        try {
            api.dequeue(Map.of("delete", List.of(promptId)));
            api.interrupt(Map.of("prompt_id", promptId));
        } catch (RuntimeException ignored) {
            // nothing more can be done; the job stops polling anyway
        }
    }

    @Override
    public String testConnection() {
        ProviderConfig config = config();
        try {
            ComfyUiApi.SystemStats stats = api(config).systemStats();
            Object version = stats == null || stats.system() == null ? null : stats.system().get("comfyui_version");
            Object device = stats == null || stats.devices() == null || stats.devices().isEmpty() ? null : stats.devices().getFirst().get("name");
            return "Connected to " + config.baseUrl() + ": ComfyUI" + (version == null ? "" : " " + version)
                    + (device == null ? "" : " on " + device) + "." + listed(config, "checkpoints", "Checkpoints")
                    + listed(config, "loras", "LoRAs");
        } catch (ProviderHttpException refused) {
            throw new ProviderRefusedException(ComfyUiErrors.explain(refused));
        } catch (RetryableException unreachable) {
            throw new ProviderUnreachableException(NAME, unreachable);
        } catch (FeignException unreadable) {
            throw new ProviderRefusedException(NAME + " answered with something that is not the JSON of its API: " + unreadable.getMessage());
        }
    }

    @Override
    public java.util.List<String> installedLoras() {
        try {
            java.util.List<String> files = api(config()).models("loras");
            return files == null ? java.util.List.of() : files;
        } catch (ProviderHttpException refused) {
            throw new ProviderRefusedException(NAME + " does not list its LoRAs (HTTP " + refused.status() + "): update ComfyUI.");
        } catch (RetryableException unreachable) {
            throw new ProviderUnreachableException(NAME, unreachable);
        }
    }

    /** " Checkpoints: a, b." from {@code GET /models/{folder}}; nothing when the server is too old to list them. */
    private String listed(ProviderConfig config, String folder, String label) {
        try {
            java.util.List<String> files = api(config).models(folder);
            if (files == null || files.isEmpty()) {
                return " " + label + ": none.";
            }
            String shown = String.join(", ", files.stream().limit(MAX_LISTED).toList());
            return " " + label + ": " + shown + (files.size() > MAX_LISTED ? " and " + (files.size() - MAX_LISTED) + " more" : "") + ".";
        } catch (ProviderHttpException notListed) {
            return "";
        }
    }

    private ComfyUiApi api(ProviderConfig config) {
        return http.client(ComfyUiApi.class, config.baseUrl());
    }
}
