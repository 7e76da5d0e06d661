package studio.thresho.provider.automatic;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import studio.thresho.provider.AspectRatio;
import studio.thresho.provider.ProviderRequest;

/**
 * The JSON body of txt2img and img2img. The provider's parameters pass through (so an administrator
 * can add {@code scheduler}, {@code override_settings} or {@code alwayson_scripts}), except the
 * ones read here.
 */
final class Automatic1111Body {

    static final int MAX_IMAGES = 4;
    static final int DEFAULT_LONG_SIDE = 1024;
    /** Stable Diffusion works in latents of 8 pixels. */
    static final int STEP = 8;
    static final double DEFAULT_DENOISING_STRENGTH = 0.6;
    static final String LONG_SIDE = "long_side";
    static final String DENOISING_STRENGTH = "denoising_strength";
    private static final Set<String> READ_HERE = Set.of(LONG_SIDE, DENOISING_STRENGTH);

    private Automatic1111Body() {
    }

    static Map<String, Object> txt2img(ProviderRequest request, Map<String, Object> parameters) {
        Map<String, Object> body = new LinkedHashMap<>();
        parameters.forEach((name, value) -> {
            if (!READ_HERE.contains(name) && value != null) {
                body.put(name, value);
            }
        });
        body.put("prompt", request.prompt() + studio.thresho.provider.EngineLora.of(request.options()).stream()
                .map(lora -> " <lora:" + lora.name() + ":" + lora.weightText() + ">").collect(java.util.stream.Collectors.joining()));
        body.put("negative_prompt", request.negativePrompt() == null ? "" : request.negativePrompt());
        body.put("seed", request.seed());
        AspectRatio.Size size = AspectRatio.parse(request.aspectRatio()).size(number(parameters, LONG_SIDE, DEFAULT_LONG_SIDE).doubleValue(), STEP);
        body.put("width", size.width());
        body.put("height", size.height());
        body.putIfAbsent("steps", 30);
        body.putIfAbsent("cfg_scale", 7);
        body.putIfAbsent("sampler_name", "DPM++ 2M");
        body.put("batch_size", batchSize(request));
        return body;
    }

    static Map<String, Object> img2img(ProviderRequest request, byte[] initImage, Map<String, Object> parameters) {
        Map<String, Object> body = txt2img(request, parameters);
        // raw base64: the API takes a data URL too, but raw works on every version
        body.put("init_images", java.util.List.of(Base64.getEncoder().encodeToString(initImage)));
        body.put(DENOISING_STRENGTH, number(parameters, DENOISING_STRENGTH, DEFAULT_DENOISING_STRENGTH).doubleValue());
        return body;
    }

    static int batchSize(ProviderRequest request) {
        return Math.max(1, Math.min(MAX_IMAGES, request.images()));
    }

    private static Number number(Map<String, Object> parameters, String name, Number fallback) {
        Object value = parameters.get(name);
        if (value instanceof Number number) {
            return number;
        }
        try {
            return value == null ? fallback : Double.valueOf(value.toString());
        } catch (NumberFormatException notANumber) {
            return fallback;
        }
    }
}
