package studio.thresho.media;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where file bytes live, by key and variant. The local default is {@link FileSystemBlobStore}; an
 * S3-compatible store can replace it without touching the pipeline.
 */
public interface BlobStore {

    /** Stores the bytes atomically; a reader never sees a partial file. Storing a present key again is harmless. */
    void store(String key, MediaVariant variant, byte[] bytes);

    /**
     * Streams a large file (a LoRA, not an image) into place: to a temporary file while hashing, then
     * {@code check} reads it, then it is renamed under its SHA-256. At most {@code maxBytes} are read;
     * a larger stream or a failed check stores nothing.
     */
    StreamedBlob storeStream(InputStream in, MediaVariant variant, long maxBytes, BlobCheck check);

    boolean exists(String key, MediaVariant variant);

    InputStream open(String key, MediaVariant variant) throws IOException;

    long size(String key, MediaVariant variant) throws IOException;

    /** Removes one variant; a missing one is no error. */
    void delete(String key, MediaVariant variant);
}
