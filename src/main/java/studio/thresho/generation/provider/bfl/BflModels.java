package studio.thresho.generation.provider.bfl;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import studio.thresho.generation.provider.ProviderRequest;

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
        switch (model) {
            case PRO -> {
                int[] size = size(ratio);
                body.put("width", size[0]);
                body.put("height", size[1]);
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

    /** The largest size of the ratio within the model's limits, both sides multiples of 32. */
    static int[] size(String ratio) {
        String[] parts = ratio.split(":");
        double w = Double.parseDouble(parts[0]);
        double h = Double.parseDouble(parts[1]);
        double scale = MAX_SIDE / Math.max(w, h);
        return new int[] {fit(w * scale), fit(h * scale)};
    }

    private static int fit(double side) {
        int rounded = (int) Math.round(side / STEP) * STEP;
        return Math.max(MIN_SIDE, Math.min(MAX_SIDE, rounded));
    }

    private static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}
