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

    boolean exists(String key, MediaVariant variant);

    InputStream open(String key, MediaVariant variant) throws IOException;

    long size(String key, MediaVariant variant) throws IOException;

    /** Removes one variant; a missing one is no error. */
    void delete(String key, MediaVariant variant);
}
