package studio.thresho.media;

import java.io.InputStream;

/** One variant of a stored file, opened for reading. The caller closes the stream. */
public record MediaContent(String key, MediaVariant variant, String mimeType, long sizeBytes, InputStream bytes) {

    public String etag() {
        return "\"" + key + "-" + variant.pathSegment() + "\"";
    }
}
