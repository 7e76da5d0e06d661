package studio.thresho.provider.runway;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import studio.thresho.provider.ProviderReference;
import studio.thresho.provider.ProviderRefusedException;
import studio.thresho.provider.ProviderRequest;
import studio.thresho.provider.VideoRequest;

/** The request bodies of gen4_image and gen4_turbo, checked against Runway's limits before anything is sent. */
final class RunwayModels {

    static final String GEN4_IMAGE = "gen4_image";
    static final String GEN4_TURBO = "gen4_turbo";
    /** The setting naming the image-to-video model, the default model being the image one. */
    static final String VIDEO_MODEL_PARAMETER = "video_model";
    static final int MAX_REFERENCES = 3;
    static final int MAX_PROMPT_LENGTH = 1000;
    /** Runway's limit for an image sent inline as a data URI. */
    static final int MAX_DATA_URI_LENGTH = 5 * 1024 * 1024;
    static final Map<String, String> IMAGE_RATIOS = orderedMap("16:9", "1920:1080", "9:16", "1080:1920", "1:1", "1024:1024",
            "4:3", "1440:1080");
    static final List<String> ASPECT_RATIOS = List.copyOf(IMAGE_RATIOS.keySet());
    static final List<String> VIDEO_RATIOS = List.of("1280:720", "720:1280", "1104:832", "832:1104", "960:960", "1584:672");
    private static final Map<String, String> VIDEO_RATIO_OF_ASPECT = orderedMap("16:9", "1280:720", "9:16", "720:1280",
            "4:3", "1104:832", "3:4", "832:1104", "1:1", "960:960", "21:9", "1584:672");
    /** When the catalogue does not list a video model's durations. */
    static final List<Integer> VIDEO_DURATIONS = List.of(5, 10);

    private RunwayModels() {
    }

    /** The body of {@code POST /v1/text_to_image}; {@code references} are the images of the first references, in order. */
    static Map<String, Object> textToImage(String model, ProviderRequest request, List<byte[]> references) {
        List<ProviderReference> sent = request.references().subList(0, references.size());
        List<String> names = sent.stream().map(ProviderReference::assetName).toList();
        List<String> tags = RunwayTags.tags(names);
        String prompt = RunwayTags.prompt(request.prompt(), names, tags);
        checkPrompt(prompt);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("model", model);
        body.put("promptText", prompt);
        body.put("ratio", imageRatio(request.aspectRatio()));
        body.put("seed", request.seed());
        if (!references.isEmpty()) {
            body.put("referenceImages", java.util.stream.IntStream.range(0, references.size())
                    .mapToObj(i -> Map.of("uri", dataUri(references.get(i), sent.get(i).assetName()), "tag", tags.get(i))).toList());
        }
        return body;
    }

    /** The body of {@code POST /v1/image_to_video}. */
    static Map<String, Object> imageToVideo(String model, VideoRequest request, byte[] still, List<Integer> durations) {
        checkPrompt(request.prompt());
        checkDuration(model, request, durations);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("model", model);
        body.put("promptImage", dataUri(still, "the source still"));
        if (request.prompt() != null && !request.prompt().isBlank()) {
            body.put("promptText", request.prompt());
        }
        return withTiming(body, request);
    }

    /** The body of {@code POST /v1/text_to_video} (gen4.5): the prompt is all it has, so it is required. */
    static Map<String, Object> textToVideo(String model, VideoRequest request, List<Integer> durations) {
        if (request.prompt() == null || request.prompt().isBlank()) {
            throw new ProviderRefusedException(RunwayProvider.NAME + " makes a video without a still from its prompt: write one.");
        }
        checkPrompt(request.prompt());
        checkDuration(model, request, durations);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("model", model);
        body.put("promptText", request.prompt());
        return withTiming(body, request);
    }

    private static void checkDuration(String model, VideoRequest request, List<Integer> durations) {
        if (!durations.contains(request.durationSeconds())) {
            throw new ProviderRefusedException(RunwayProvider.NAME + "'s " + model + " makes videos of " + durations.getFirst() + " to "
                    + durations.getLast() + " seconds, not " + request.durationSeconds() + ".");
        }
    }

    private static Map<String, Object> withTiming(Map<String, Object> body, VideoRequest request) {
        body.put("ratio", videoRatio(request.ratio()));
        body.put("duration", request.durationSeconds());
        if (request.seed() != null) {
            body.put("seed", request.seed());
        }
        return body;
    }

    static String imageRatio(String aspectRatio) {
        String ratio = IMAGE_RATIOS.get(aspectRatio == null ? ASPECT_RATIOS.getFirst() : aspectRatio);
        if (ratio == null) {
            throw new ProviderRefusedException(RunwayProvider.NAME + " draws images in " + String.join(", ", ASPECT_RATIOS)
                    + " only, not " + aspectRatio + ".");
        }
        return ratio;
    }

    /** Runway's own notation ("1280:720") or the matching aspect ratio ("16:9"). */
    static String videoRatio(String ratio) {
        if (ratio == null) {
            return VIDEO_RATIOS.getFirst();
        }
        if (VIDEO_RATIOS.contains(ratio)) {
            return ratio;
        }
        String mapped = VIDEO_RATIO_OF_ASPECT.get(ratio);
        if (mapped == null) {
            throw new ProviderRefusedException(RunwayProvider.NAME + " makes videos in " + String.join(", ", VIDEO_RATIOS) + " only, not "
                    + ratio + ".");
        }
        return mapped;
    }

    private static void checkPrompt(String prompt) {
        if (prompt != null && prompt.length() > MAX_PROMPT_LENGTH) {
            throw new ProviderRefusedException(RunwayProvider.NAME + " takes prompts of " + MAX_PROMPT_LENGTH + " characters at most; this one has "
                    + prompt.length() + " (with the @tags of its references). Shorten it.");
        }
    }

    /** The image inline, as Runway accepts it without a public URL. */
    static String dataUri(byte[] image, String label) {
        String uri = "data:" + mediaType(image) + ";base64," + Base64.getEncoder().encodeToString(image);
        if (uri.length() > MAX_DATA_URI_LENGTH) {
            throw new ProviderRefusedException(RunwayProvider.NAME + " accepts images of up to 5 MB sent inline; the image of " + label
                    + " is " + (uri.length() / (1024 * 1024)) + " MB once encoded.");
        }
        return uri;
    }

    /** Media store previews are PNG (with transparency) or JPEG. */
    static String mediaType(byte[] image) {
        if (image.length > 2 && (image[0] & 0xFF) == 0xFF && (image[1] & 0xFF) == 0xD8) {
            return "image/jpeg";
        }
        if (image.length > 12 && new String(image, 0, 4, java.nio.charset.StandardCharsets.US_ASCII).equals("RIFF")
                && new String(image, 8, 4, java.nio.charset.StandardCharsets.US_ASCII).equals("WEBP")) {
            return "image/webp";
        }
        return "image/png";
    }

    private static Map<String, String> orderedMap(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}
