package studio.thresho.provider.bfl;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import studio.thresho.provider.AspectRatio;
import studio.thresho.provider.ProviderRequest;

/** The request body of each Flux model; images travel as base64. */
final class BflModels {

    static final String PRO = "flux-pro-1.1";
    static final String ULTRA = "flux-pro-1.1-ultra";
    static final String KONTEXT = "flux-kontext-pro";
    static final List<String> ALL = List.of(PRO, ULTRA, KONTEXT);
    static final List<String> ASPECT_RATIOS = List.of("16:9", "1:1", "9:16", "4:3", "3:4", "21:9", "9:21");
    /** flux-pro-1.1 takes a size instead of a ratio: 256 to 1440, multiples of 32. */
    static final int MAX_SIDE = 1440;
    static final int MIN_SIDE = 256;
    static final int STEP = 32;
    static final int KONTEXT_MAX_IMAGES = 4;

    private BflModels() {
    }

    /** How many reference images the model takes. */
    static int maxReferences(String model) {
        return KONTEXT.equals(model) ? KONTEXT_MAX_IMAGES : 1;
    }

    static Map<String, Object> body(String model, ProviderRequest request, List<byte[]> references, Map<String, Object> defaults) {
        Map<String, Object> body = new LinkedHashMap<>(defaults);
        body.put("prompt", request.prompt());
        body.put("seed", request.seed());
        body.putIfAbsent("output_format", "png");
        String ratio = request.aspectRatio() == null ? "16:9" : request.aspectRatio();
        AspectRatio.Size size = AspectRatio.parse(ratio).size(MAX_SIDE, STEP, MIN_SIDE, MAX_SIDE);
        switch (model) {
            case PRO -> {
                body.put("width", size.width());
                body.put("height", size.height());
                if (!references.isEmpty()) {
                    body.put("image_prompt", base64(references.getFirst()));
                }
            }
            case ULTRA -> {
                body.put("aspect_ratio", ratio);
                if (!references.isEmpty()) {
                    body.put("image_prompt", base64(references.getFirst()));
                    body.putIfAbsent("image_prompt_strength", 0.1);
                }
            }
            default -> {
                body.put("aspect_ratio", ratio);
                for (int i = 0; i < Math.min(KONTEXT_MAX_IMAGES, references.size()); i++) {
                    body.put(i == 0 ? "input_image" : "input_image_" + (i + 1), base64(references.get(i)));
                }
            }
        }
        return body;
    }

    private static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}
