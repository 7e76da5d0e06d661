package studio.thresho.provider.bfl;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import studio.thresho.provider.AspectRatio;
import studio.thresho.provider.ProviderRefusedException;
import studio.thresho.provider.ProviderRequest;
import studio.thresho.provider.catalogue.CatalogueModel;

/**
 * The request body of each Flux model, by the size rule its catalogue entry names: FLUX.2
 * ({@code flux-2}: width/height multiples of 16, at least 64, at most 4 MP, up to 8 references as
 * {@code input_image}, {@code input_image_2}…), FLUX.1 pro ({@code flux-1}: 256-1440, multiples of
 * 32, one {@code image_prompt}) and ratio models (ultra, Kontext). Images travel as base64.
 */
final class BflModels {

    static final List<String> ASPECT_RATIOS = List.of("16:9", "1:1", "9:16", "4:3", "3:4", "21:9", "9:21");
    static final String FLUX_2_RULE = "flux-2";
    static final String FLUX_1_RULE = "flux-1";
    /** FLUX.1 pro takes a size instead of a ratio: 256 to 1440, multiples of 32. */
    static final int MAX_SIDE = 1440;
    static final int MIN_SIDE = 256;
    static final int STEP = 32;
    static final int FLUX_2_STEP = 16;
    static final int FLUX_2_MIN_SIDE = 64;
    static final long FLUX_2_MAX_PIXELS = 4L * 1024 * 1024;
    /** The long side FLUX.2 draws when the settings do not name one under {@value #LONG_SIDE_PARAMETER}. */
    static final int FLUX_2_LONG_SIDE = 1440;
    static final String LONG_SIDE_PARAMETER = "long_side";
    /** Settings only the flex model takes, with their documented ranges. */
    static final double[] STEPS_RANGE = {1, 50};
    static final double[] GUIDANCE_RANGE = {1.5, 10};

    private BflModels() {
    }

    static int maxReferences(CatalogueModel model) {
        return model == null ? 1 : model.maxReferences();
    }

    static Map<String, Object> body(String model, CatalogueModel entry, ProviderRequest request, List<byte[]> references,
                                    Map<String, Object> defaults) {
        Map<String, Object> body = new LinkedHashMap<>(defaults);
        body.remove(LONG_SIDE_PARAMETER);
        body.put("prompt", request.prompt());
        body.put("seed", request.seed());
        body.putIfAbsent("output_format", "png");
        String ratio = request.aspectRatio() == null ? "16:9" : request.aspectRatio();
        String rule = entry == null ? "ratio" : String.valueOf(entry.sizeRule());
        switch (rule) {
            case FLUX_2_RULE -> flux2(model, body, ratio, references, defaults);
            case FLUX_1_RULE -> {
                AspectRatio.Size size = AspectRatio.parse(ratio).size(MAX_SIDE, STEP, MIN_SIDE, MAX_SIDE);
                body.put("width", size.width());
                body.put("height", size.height());
                if (!references.isEmpty()) {
                    body.put("image_prompt", base64(references.getFirst()));
                }
            }
            default -> {
                body.put("aspect_ratio", ratio);
                if (model.contains("ultra")) {
                    if (!references.isEmpty()) {
                        body.put("image_prompt", base64(references.getFirst()));
                        body.putIfAbsent("image_prompt_strength", 0.1);
                    }
                } else {
                    inputImages(body, references, maxReferences(entry));
                }
            }
        }
        return body;
    }

    private static void flux2(String model, Map<String, Object> body, String ratio, List<byte[]> references, Map<String, Object> settings) {
        AspectRatio.Size size = flux2Size(ratio, settings);
        body.put("width", size.width());
        body.put("height", size.height());
        inputImages(body, references, references.size());
        if (model.contains("klein")) {
            body.remove("prompt_upsampling");
        }
        if (model.endsWith("flex")) {
            check(body, "steps", STEPS_RANGE);
            check(body, "guidance", GUIDANCE_RANGE);
        } else {
            body.remove("steps");
            body.remove("guidance");
        }
    }

    /** The long side from the settings, sides multiples of 16 and at least 64, the whole at most 4 MP. */
    static AspectRatio.Size flux2Size(String ratio, Map<String, Object> settings) {
        Object configured = settings.get(LONG_SIDE_PARAMETER);
        int longSide = configured instanceof Number number ? number.intValue() : FLUX_2_LONG_SIDE;
        AspectRatio.Size size = AspectRatio.parse(ratio).size(longSide, FLUX_2_STEP, FLUX_2_MIN_SIDE, Integer.MAX_VALUE);
        while ((long) size.width() * size.height() > FLUX_2_MAX_PIXELS) {
            longSide -= FLUX_2_STEP;
            size = AspectRatio.parse(ratio).size(longSide, FLUX_2_STEP, FLUX_2_MIN_SIDE, Integer.MAX_VALUE);
        }
        return size;
    }

    private static void inputImages(Map<String, Object> body, List<byte[]> references, int limit) {
        for (int i = 0; i < Math.min(limit, references.size()); i++) {
            body.put(i == 0 ? "input_image" : "input_image_" + (i + 1), base64(references.get(i)));
        }
    }

    private static void check(Map<String, Object> body, String name, double[] range) {
        Object value = body.get(name);
        if (value == null) {
            return;
        }
        if (!(value instanceof Number number) || number.doubleValue() < range[0] || number.doubleValue() > range[1]) {
            throw new ProviderRefusedException(BflProvider.NAME + "'s setting \"" + name + "\" is a number from " + format(range[0]) + " to "
                    + format(range[1]) + ", not \"" + value + "\". Change it under Admin > Providers.");
        }
    }

    private static String format(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    private static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}
