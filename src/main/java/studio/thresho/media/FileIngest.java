package studio.thresho.media;

import java.io.InputStream;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import studio.thresho.security.CurrentUser;
import studio.thresho.security.Role;
import studio.thresho.security.SignedInUser;

/**
 * Files that are no pictures (an uploaded LoRA, a training's dataset ZIP): streamed to the blob store
 * (temporary file, hash, atomic rename), checked by the caller's {@link BlobCheck}, and recorded in
 * {@code media_files} as kind "file", so the media sweep removes them once nothing references them.
 */
@Service
public class FileIngest {

    private final BlobStore blobs;
    private final MediaFileRepository files;
    private final CurrentUser currentUser;

    FileIngest(BlobStore blobs, MediaFileRepository files, CurrentUser currentUser) {
        this.blobs = blobs;
        this.files = files;
        this.currentUser = currentUser;
    }

    /**
     * Stores and records the stream; nothing is kept when it is larger than {@code maxBytes} or the check refuses it.
     *
     * @throws MediaRejectedException with the reason
     */
    @PreAuthorize("hasRole('" + Role.Names.EDITOR + "')")
    public StreamedBlob ingest(String filename, String mimeType, InputStream in, long maxBytes, BlobCheck check) {
        StreamedBlob blob = blobs.storeStream(in, MediaVariant.ORIGINAL, maxBytes, check);
        String creator = currentUser.get().map(SignedInUser::id).map(Object::toString).orElse(null);
        files.insertUnsizedIfAbsent("file", blob.key(), mimeType, blob.size(), MediaService.cleanFilename(filename), creator);
        return blob;
    }
}
