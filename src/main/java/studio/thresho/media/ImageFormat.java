package studio.thresho.media;

import java.util.Arrays;
import java.util.Optional;

/** The image formats the library accepts, by their detected MIME type. */
public enum ImageFormat {
    JPEG("image/jpeg"),
    PNG("image/png"),
    WEBP("image/webp"),
    GIF("image/gif");

    private final String mimeType;

    ImageFormat(String mimeType) {
        this.mimeType = mimeType;
    }

    public String mimeType() {
        return mimeType;
    }

    static Optional<ImageFormat> ofMimeType(String mimeType) {
        return Arrays.stream(values()).filter(format -> format.mimeType.equals(mimeType)).findFirst();
    }
}
