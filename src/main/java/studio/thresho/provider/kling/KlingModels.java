package studio.thresho.provider.kling;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import studio.thresho.provider.ProviderRefusedException;
import studio.thresho.provider.ProviderRequest;
import studio.thresho.provider.VideoRequest;

/**
 * The request bodies of Kling's image generation and image-to-video. Images travel as raw base64
 * (Kling refuses a {@code data:} prefix). Fidelities, cfg scale and mode come from the provider's
 * settings, with Kling's defaults.
 */
final class KlingModels {

    /** kling-v2-1 is the only current model documented with a subject/face reference (setting {@value #REFERENCE_MODEL_PARAMETER}). */
    static final String REFERENCE_MODEL = "kling-v2-1";
    static final String REFERENCE_MODEL_PARAMETER = "reference_model";
    /** The legacy design's video model, for the access/secret-key token that the newer design does not take. */
    static final String VIDEO_MODEL = "kling-v2-5-turbo";
    /** The video model with an API key: the newer design, model in the path. */
    static final String VIDEO_MODEL_BY_PATH = "kling-2.5-turbo";
    static final String VIDEO_MODEL_PARAMETER = "video_model";
    static final List<String> ASPECT_RATIOS = List.of("16:9", "9:16", "1:1", "4:3", "3:4", "3:2", "2:3");
    static final int MAX_PROMPT_LENGTH = 2500;
    static final int MAX_IMAGES = 9;
    static final List<Integer> VIDEO_DURATIONS = List.of(5, 10);
    static final String CHARACTER_ROLE = "character";

    private KlingModels() {
    }

    /** The body of {@code POST /v1/images/generations}; {@code character} is the first character reference, or null. */
    static Map<String, Object> image(String model, ProviderRequest request, byte[] character, Map<String, Object> settings) {
        checkPrompt(request.prompt());
        String ratio = request.aspectRatio() == null ? ASPECT_RATIOS.getFirst() : request.aspectRatio();
        if (!ASPECT_RATIOS.contains(ratio)) {
            throw new ProviderRefusedException(KlingProvider.NAME + " draws images in " + String.join(", ", ASPECT_RATIOS) + " only, not "
                    + ratio + ".");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("model_name", model);
        body.put("prompt", request.prompt());
        if (character != null) {
            body.put("image", Base64.getEncoder().encodeToString(character));
            body.put("image_reference", String.valueOf(settings.getOrDefault("image_reference", "subject")));
            body.put("image_fidelity", number(settings, "image_fidelity", 0.5));
            body.put("human_fidelity", number(settings, "human_fidelity", 0.45));
        } else if (request.negativePrompt() != null && !request.negativePrompt().isBlank()) {
            // Kling ignores or refuses a negative prompt beside a reference image
            body.put("negative_prompt", request.negativePrompt());
        }
        body.put("n", Math.clamp(request.images(), 1, MAX_IMAGES));
        body.put("aspect_ratio", ratio);
        return body;
    }

    /** The body of {@code POST /v1/videos/image2video}; the video takes the still's proportions, so no ratio is sent. */
    static Map<String, Object> video(String model, VideoRequest request, byte[] still, Map<String, Object> settings) {
        checkPrompt(request.prompt());
        if (!VIDEO_DURATIONS.contains(request.durationSeconds())) {
            throw new ProviderRefusedException(KlingProvider.NAME + " makes videos of 5 or 10 seconds, not " + request.durationSeconds() + ".");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("model_name", model);
        body.put("image", Base64.getEncoder().encodeToString(still));
        if (request.prompt() != null && !request.prompt().isBlank()) {
            body.put("prompt", request.prompt());
        }
        if (settings.get("negative_prompt") instanceof String negative && !negative.isBlank()) {
            body.put("negative_prompt", negative);
        }
        if (model.startsWith("kling-v1")) {
            // only the 1.x models take cfg_scale; v2.x refuse it
            body.put("cfg_scale", number(settings, "cfg_scale", 0.5));
        }
        body.put("mode", String.valueOf(settings.getOrDefault("mode", "std")));
        body.put("duration", Integer.toString(request.durationSeconds()));
        return body;
    }

    private static void checkPrompt(String prompt) {
        if (prompt != null && prompt.length() > MAX_PROMPT_LENGTH) {
            throw new ProviderRefusedException(KlingProvider.NAME + " takes prompts of " + MAX_PROMPT_LENGTH + " characters at most; this one has "
                    + prompt.length() + ". Shorten it.");
        }
    }

    private static double number(Map<String, Object> settings, String name, double fallback) {
        Object value = settings.get(name);
        if (value instanceof Number number) {
            return number.doubleValue();
        }
        try {
            return value == null ? fallback : Double.parseDouble(value.toString());
        } catch (NumberFormatException notANumber) {
            throw new ProviderRefusedException(KlingProvider.NAME + "'s setting \"" + name + "\" must be a number between 0 and 1, not \""
                    + value + "\".");
        }
    }
}
