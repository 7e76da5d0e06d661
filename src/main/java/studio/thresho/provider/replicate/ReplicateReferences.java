package studio.thresho.provider.replicate;

import java.util.Base64;
import java.util.Map;
import studio.thresho.provider.ProviderRefusedException;
import studio.thresho.provider.http.ImageFormats;
import studio.thresho.provider.http.MultipartForm;
import studio.thresho.provider.http.ProviderCalls;

/**
 * How a reference image reaches a model input: inline as a data URL while that stays below
 * Replicate's recommended size, else uploaded through the Files API and passed as its URL.
 */
final class ReplicateReferences {

    /** Replicate recommends data URLs only below 1 MB; measured on the encoded URL, which is what travels. */
    static final int MAX_DATA_URL_LENGTH = 1_000_000;

    private final ReplicateApi api;
    private final ProviderCalls calls;
    private final String key;

    ReplicateReferences(ReplicateApi api, ProviderCalls calls, String key) {
        this.api = api;
        this.calls = calls;
        this.key = key;
    }

    String input(byte[] image) {
        String mimeType = ImageFormats.mimeType(image);
        String dataUrl = "data:" + mimeType + ";base64," + Base64.getEncoder().encodeToString(image);
        return dataUrl.length() < MAX_DATA_URL_LENGTH ? dataUrl : uploaded(image, mimeType);
    }

    private String uploaded(byte[] image, String mimeType) {
        String filename = "reference." + ImageFormats.extension(image);
        MultipartForm form = new MultipartForm().file("content", filename, mimeType, image).field("filename", filename)
                .field("type", mimeType);
        // an upload is free: retried like a poll when the answer is lost, where a prediction is sent once
        ReplicateApi.UploadedFile file = calls.poll(ReplicateProvider.NAME, () -> api.upload(key, form.boundary(), form.bytes()));
        Map<String, String> urls = file == null || file.urls() == null ? Map.of() : file.urls();
        String url = urls.get("get");
        if (url == null || url.isBlank()) {
            throw new ProviderRefusedException(ReplicateProvider.NAME + " stored the reference image without giving its URL (urls.get).");
        }
        return url;
    }
}
