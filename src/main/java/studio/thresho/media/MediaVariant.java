package studio.thresho.media;

import java.util.Arrays;
import java.util.Optional;

/** The stored forms of an image: the original bytes, a grid thumbnail and a detail-view preview. */
public enum MediaVariant {
    ORIGINAL("original"),
    THUMBNAIL("thumbnail"),
    PREVIEW("preview");

    private final String pathSegment;

    MediaVariant(String pathSegment) {
        this.pathSegment = pathSegment;
    }

    public String pathSegment() {
        return pathSegment;
    }

    static Optional<MediaVariant> ofPathSegment(String segment) {
        return Arrays.stream(values()).filter(variant -> variant.pathSegment.equals(segment)).findFirst();
    }
}
