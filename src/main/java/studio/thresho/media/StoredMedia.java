package studio.thresho.media;

/** An ingested file. {@code key} is the SHA-256 of its bytes; the URLs are served to signed-in users only. */
public record StoredMedia(String key, String mimeType, long sizeBytes, Integer width, Integer height, String originalFilename) {

    public boolean video() {
        return mimeType != null && mimeType.startsWith("video/");
    }

    public String url(MediaVariant variant) {
        return MediaUrls.of(key, variant);
    }

    public String thumbnailUrl() {
        return url(MediaVariant.THUMBNAIL);
    }

    public String previewUrl() {
        return url(MediaVariant.PREVIEW);
    }
}
