package studio.thresho.media;

/** A file stored through {@link BlobStore#storeStream}: its key (the SHA-256 of its bytes) and its size. */
public record StreamedBlob(String key, long size) {
}
