package studio.thresho.provider.openai;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import studio.thresho.provider.AspectRatio;
import studio.thresho.provider.ProviderCapabilities;
import studio.thresho.provider.ProviderRequest;
import studio.thresho.provider.http.ImageFormats;
import studio.thresho.provider.http.MultipartForm;

/**
 * What each model takes. dall-e-3 draws from text alone, one image at a time; the GPT image models
 * (gpt-image-1 and any other name but dall-e-3) also take up to 16 reference images through the
 * edits operation. Default parameters from the settings are copied only where the operation
 * documents them, so a dall-e-3 {@code style} does not break a gpt-image-1 request.
 */
final class OpenAiModels {

    static final String DALL_E_3 = "dall-e-3";
    static final String GPT_IMAGE_1 = "gpt-image-1";
    static final List<String> ALL = List.of(DALL_E_3, GPT_IMAGE_1);
    static final List<String> ASPECT_RATIOS = List.of("16:9", "1:1", "9:16");
    static final int DALL_E_3_MAX_PROMPT_LENGTH = 4000;
    static final int GPT_IMAGE_MAX_PROMPT_LENGTH = 32000;
    static final int GPT_IMAGE_MAX_REFERENCES = 16;
    static final int GPT_IMAGE_MAX_IMAGES = 10;
    /** A field name with brackets, as OpenAI's own examples send several files under one name. */
    static final String IMAGE_FIELD = "image[]";

    private static final Set<String> DALL_E_3_OPTIONS = Set.of("quality", "style", "user");
    private static final Set<String> GPT_GENERATION_OPTIONS = Set.of("quality", "background", "moderation", "output_format",
            "output_compression", "user");
    private static final Set<String> GPT_EDIT_OPTIONS = Set.of("quality", "background", "output_format", "output_compression", "user");

    private OpenAiModels() {
    }

    static boolean dallE3(String model) {
        return DALL_E_3.equals(model);
    }

    static ProviderCapabilities capabilities(String model) {
        if (dallE3(model)) {
            return new ProviderCapabilities(false, false, false, false, false, 0, DALL_E_3_MAX_PROMPT_LENGTH, 1, ASPECT_RATIOS);
        }
        return new ProviderCapabilities(false, true, true, false, false, GPT_IMAGE_MAX_REFERENCES, GPT_IMAGE_MAX_PROMPT_LENGTH,
                GPT_IMAGE_MAX_IMAGES, ASPECT_RATIOS);
    }

    static int maxReferences(String model) {
        return capabilities(model).maxReferences();
    }

    /** The documented size nearest the ratio: landscape, portrait or square. */
    static String size(String model, String aspectRatio) {
        int orientation = AspectRatio.parse(aspectRatio == null ? ASPECT_RATIOS.getFirst() : aspectRatio).orientation();
        if (orientation == 0) {
            return "1024x1024";
        }
        String landscape = dallE3(model) ? "1792x1024" : "1536x1024";
        String portrait = dallE3(model) ? "1024x1792" : "1024x1536";
        return orientation > 0 ? landscape : portrait;
    }

    /** The JSON body of {@code POST /images/generations}. */
    static Map<String, Object> generation(String model, ProviderRequest request, Map<String, Object> parameters) {
        Map<String, Object> body = options(parameters, dallE3(model) ? DALL_E_3_OPTIONS : GPT_GENERATION_OPTIONS);
        body.put("model", model);
        body.put("prompt", request.prompt());
        body.put("n", images(model, request.images()));
        body.put("size", size(model, request.aspectRatio()));
        if (dallE3(model)) {
            // base64 rather than a link that expires after 60 minutes; GPT image models always answer base64
            body.put("response_format", "b64_json");
        }
        return body;
    }

    /** The multipart form of {@code POST /images/edits}: the references as files, matched closely (input_fidelity high). */
    static MultipartForm edit(String model, ProviderRequest request, List<byte[]> references, Map<String, Object> parameters) {
        MultipartForm form = new MultipartForm()
                .field("model", model)
                .field("prompt", request.prompt())
                .field("n", images(model, request.images()))
                .field("size", size(model, request.aspectRatio()))
                .field("input_fidelity", "high");
        options(parameters, GPT_EDIT_OPTIONS).forEach(form::field);
        for (int i = 0; i < references.size(); i++) {
            byte[] image = references.get(i);
            form.file(IMAGE_FIELD, "reference-" + (i + 1) + "." + ImageFormats.extension(image), ImageFormats.mimeType(image), image);
        }
        return form;
    }

    private static int images(String model, int requested) {
        return Math.max(1, Math.min(capabilities(model).maxImages(), requested));
    }

    private static Map<String, Object> options(Map<String, Object> parameters, Set<String> documented) {
        Map<String, Object> options = new LinkedHashMap<>();
        parameters.forEach((name, value) -> {
            if (documented.contains(name) && value != null) {
                options.put(name, value);
            }
        });
        return options;
    }
}
