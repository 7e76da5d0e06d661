package studio.thresho.provider.openai;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import studio.thresho.provider.AspectRatio;
import studio.thresho.provider.ProviderCapabilities;
import studio.thresho.provider.ProviderRefusedException;
import studio.thresho.provider.ProviderRequest;
import studio.thresho.provider.catalogue.CatalogueModel;
import studio.thresho.provider.http.ImageFormats;
import studio.thresho.provider.http.MultipartForm;

/**
 * What the GPT image models take (the models themselves are in the catalogue). Text alone goes to
 * generations as JSON, reference images (up to the catalogue's count) to edits as a multipart form.
 * Options from the settings are sent only where the operation documents them and only with the GPT
 * family's values; {@code input_fidelity} and the unverified extras of newer models only when configured.
 */
final class OpenAiModels {

    static final List<String> ASPECT_RATIOS = List.of("16:9", "1:1", "9:16", "4:3", "3:4", "3:2", "2:3", "21:9");
    static final int DEFAULT_PROMPT_LENGTH = 32000;
    static final int MAX_IMAGES = 10;
    /** The long side drawn when the settings do not name one ({@value #LONG_SIDE_PARAMETER}). */
    static final int DEFAULT_LONG_SIDE = 1536;
    static final String LONG_SIDE_PARAMETER = "long_side";
    /** gpt-image-2's free size rule: both sides multiples of 16, aspect 1:3..3:1, at most 3840x2160. */
    static final String FREE_SIZE_RULE = "gpt-image-2";
    static final int SIZE_STEP = 16;
    static final int MAX_LONG_SIDE = 3840;
    static final int MAX_SHORT_SIDE = 2160;
    static final double MAX_ASPECT = 3.0;
    /** A field name with brackets, as OpenAI's own examples send several files under one name. */
    static final String IMAGE_FIELD = "image[]";

    /** The GPT family's documented values; another value is refused before the request. */
    static final Map<String, Set<String>> VALUES = Map.of(
            "quality", Set.of("low", "medium", "high", "auto"),
            "background", Set.of("transparent", "opaque", "auto"),
            "output_format", Set.of("png", "jpeg", "webp"),
            "moderation", Set.of("low", "auto"),
            "input_fidelity", Set.of("high", "low"));
    private static final Set<String> GENERATION_OPTIONS = Set.of("quality", "background", "moderation", "output_format",
            "output_compression", "user");
    private static final Set<String> EDIT_OPTIONS = Set.of("quality", "background", "output_format", "output_compression", "user",
            "input_fidelity");
    /** Seen in third-party documentation of gpt-image-2.5/2.6 only (unverified): sent when an administrator configures them. */
    private static final Set<String> CONFIGURED_EXTRAS = Set.of("complexity", "resolution");

    private OpenAiModels() {
    }

    static ProviderCapabilities capabilities(CatalogueModel model) {
        int references = model == null ? 16 : model.maxReferences();
        int promptLimit = model == null || model.promptLimit() <= 0 ? DEFAULT_PROMPT_LENGTH : model.promptLimit();
        boolean style = model == null || model.styleReference();
        return new ProviderCapabilities(false, references > 0, style, false, false, references, promptLimit, MAX_IMAGES, ASPECT_RATIOS);
    }

    /**
     * The size for the ratio: under gpt-image-2's rule any size (long side from the settings, sides
     * multiples of 16, ratio kept within 1:3..3:1 and the size within 3840x2160); other models get
     * the documented size nearest the ratio.
     */
    static String size(CatalogueModel model, String aspectRatio, Map<String, Object> parameters) {
        AspectRatio ratio = AspectRatio.parse(aspectRatio == null ? ASPECT_RATIOS.getFirst() : aspectRatio);
        if (model == null || !FREE_SIZE_RULE.equals(model.sizeRule())) {
            int orientation = ratio.orientation();
            return orientation == 0 ? "1024x1024" : orientation > 0 ? "1536x1024" : "1024x1536";
        }
        double aspect = Math.max(1 / MAX_ASPECT, Math.min(MAX_ASPECT, ratio.width() / ratio.height()));
        int longSide = longSide(parameters);
        double width = aspect >= 1 ? longSide : longSide * aspect;
        double height = aspect >= 1 ? longSide / aspect : longSide;
        double shrink = Math.min(1, Math.min(MAX_LONG_SIDE / Math.max(width, height), MAX_SHORT_SIDE / Math.min(width, height)));
        return multiple(width * shrink) + "x" + multiple(height * shrink);
    }

    /** The JSON body of {@code POST /images/generations}. */
    static Map<String, Object> generation(String model, CatalogueModel entry, ProviderRequest request, Map<String, Object> parameters) {
        Map<String, Object> body = options(parameters, GENERATION_OPTIONS);
        body.put("model", model);
        body.put("prompt", request.prompt());
        body.put("n", images(request.images()));
        body.put("size", size(entry, request.aspectRatio(), parameters));
        return body;
    }

    /** The multipart form of {@code POST /images/edits}: the references as files. */
    static MultipartForm edit(String model, CatalogueModel entry, ProviderRequest request, List<byte[]> references,
                              Map<String, Object> parameters) {
        MultipartForm form = new MultipartForm()
                .field("model", model)
                .field("prompt", request.prompt())
                .field("n", images(request.images()))
                .field("size", size(entry, request.aspectRatio(), parameters));
        options(parameters, EDIT_OPTIONS).forEach(form::field);
        for (int i = 0; i < references.size(); i++) {
            byte[] image = references.get(i);
            form.file(IMAGE_FIELD, "reference-" + (i + 1) + "." + ImageFormats.extension(image), ImageFormats.mimeType(image), image);
        }
        return form;
    }

    private static int images(int requested) {
        return Math.max(1, Math.min(MAX_IMAGES, requested));
    }

    private static int longSide(Map<String, Object> parameters) {
        Object value = parameters.get(LONG_SIDE_PARAMETER);
        if (value == null) {
            return DEFAULT_LONG_SIDE;
        }
        try {
            int side = value instanceof Number number ? number.intValue() : Integer.parseInt(value.toString().trim());
            if (side < SIZE_STEP * 16 || side > MAX_LONG_SIDE) {
                throw new NumberFormatException();
            }
            return side;
        } catch (NumberFormatException notASide) {
            throw new ProviderRefusedException(OpenAiProvider.NAME + "'s setting \"" + LONG_SIDE_PARAMETER + "\" is the long side in pixels, "
                    + "from 256 to " + MAX_LONG_SIDE + ", not \"" + value + "\".");
        }
    }

    private static int multiple(double side) {
        return Math.max(SIZE_STEP, (int) Math.floor(side / SIZE_STEP) * SIZE_STEP);
    }

    private static Map<String, Object> options(Map<String, Object> parameters, Set<String> documented) {
        Map<String, Object> options = new LinkedHashMap<>();
        parameters.forEach((name, value) -> {
            if ((documented.contains(name) || CONFIGURED_EXTRAS.contains(name)) && value != null) {
                Set<String> allowed = VALUES.get(name);
                if (allowed != null && !allowed.contains(value.toString())) {
                    throw new ProviderRefusedException(OpenAiProvider.NAME + "'s setting \"" + name + "\" takes " + String.join(", ",
                            allowed.stream().sorted().toList()) + ", not \"" + value + "\". Change it under Admin > Providers.");
                }
                options.put(name, value);
            }
        });
        return options;
    }
}
