package studio.thresho.media;

/** Where the file handler serves a stored file; the one place that knows the URL layout. */
public final class MediaUrls {

    private MediaUrls() {
    }

    public static String of(String mediaKey, MediaVariant variant) {
        return MediaController.PATH_PREFIX + mediaKey + "/" + variant.pathSegment();
    }
}
