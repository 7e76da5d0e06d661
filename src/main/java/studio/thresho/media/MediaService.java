package studio.thresho.media;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import studio.thresho.security.CurrentUser;
import studio.thresho.security.Role;
import studio.thresho.security.SignedInUser;

/**
 * Ingest and retrieval of images. Every image, uploaded, generated or rendered, enters here, so
 * every stored file has passed the same checks and has its thumbnail and preview.
 */
@Service
public class MediaService {

    private final ImageInspector inspector;
    private final Derivatives derivatives;
    private final BlobStore blobs;
    private final MediaFileRepository files;
    private final CurrentUser currentUser;
    private final DecodeSlots slots;

    MediaService(ImageInspector inspector, Derivatives derivatives, BlobStore blobs, MediaFileRepository files,
                 CurrentUser currentUser, DecodeSlots slots) {
        this.slots = slots;
        this.inspector = inspector;
        this.derivatives = derivatives;
        this.blobs = blobs;
        this.files = files;
        this.currentUser = currentUser;
    }

    /**
     * Checks, stores and records an image; the same bytes stored earlier are not stored again.
     *
     * <p>Deliberately not one transaction: the record is inserted in its own, and read back in a
     * new one, so that a concurrent ingest of the same bytes (whose insert was ignored) sees the
     * row the other one committed rather than an older snapshot.
     *
     * @throws MediaRejectedException with the reason, when the file is not an acceptable image
     */
    @PreAuthorize("hasRole('" + Role.Names.EDITOR + "')")
    public StoredMedia ingest(String filename, byte[] bytes) {
        return ingest(filename, bytes, () -> {
        });
    }

    /**
     * Ingests an upload as it arrives: it is streamed to a temporary file and reading stops at
     * {@link MediaLimits#MAX_FILE_BYTES} plus one byte, so no upload is ever held whole in memory
     * before its size is known.
     *
     * @param declaredSize the size the client announced, or -1; a larger one than the limit is refused unread
     * @param onWait       runs when every decode slot is taken and this image waits for one
     */
    @PreAuthorize("hasRole('" + Role.Names.EDITOR + "')")
    public StoredMedia ingest(String filename, InputStream upload, long declaredSize, Runnable onWait) {
        return ingest(filename, UploadSpool.read(upload, declaredSize, MediaLimits.MAX_FILE_BYTES), onWait);
    }

    private StoredMedia ingest(String filename, byte[] bytes, Runnable onWait) {
        ImageHeader header = inspector.check(bytes);
        return slots.run(() -> store(filename, bytes, inspector.decode(bytes, header, MediaLimits.PREVIEW_SIZE)), onWait);
    }

    private StoredMedia store(String filename, byte[] bytes, InspectedImage image) {
        String key = sha256(bytes);
        String derivedMime = derivatives.mimeTypeFor(image.image());
        Derivatives.Encoded derived = derivatives.previewAndThumbnail(image.image());
        blobs.store(key, MediaVariant.ORIGINAL, bytes);
        blobs.store(key, MediaVariant.THUMBNAIL, derived.thumbnail());
        blobs.store(key, MediaVariant.PREVIEW, derived.preview());
        String creator = currentUser.get().map(SignedInUser::id).map(Object::toString).orElse(null);
        files.insertIfAbsent(key, image.format().mimeType(), bytes.length, image.width(), image.height(), derivedMime,
                cleanFilename(filename), creator);
        // the sweep may have removed these bytes while this ingest found them present: the record is back, so are they
        if (!blobs.exists(key, MediaVariant.ORIGINAL)) {
            blobs.store(key, MediaVariant.ORIGINAL, bytes);
            blobs.store(key, MediaVariant.THUMBNAIL, derived.thumbnail());
            blobs.store(key, MediaVariant.PREVIEW, derived.preview());
        }
        return files.findById(key).map(MediaFile::toStoredMedia).orElseThrow();
    }

    /**
     * Stores a generated video after checking that it is an MP4 (ISO base media file: an
     * {@code ftyp} box first); videos get no thumbnail or preview.
     *
     * @throws MediaRejectedException when the bytes are not an MP4 or too large
     */
    @PreAuthorize("hasRole('" + Role.Names.EDITOR + "')")
    public StoredMedia ingestVideo(String filename, byte[] bytes) {
        if (bytes.length > MediaLimits.MAX_VIDEO_BYTES) {
            throw new MediaRejectedException("The video is larger than " + MediaLimits.MAX_VIDEO_BYTES / (1024 * 1024) + " MB.");
        }
        if (!isMp4(bytes)) {
            throw new MediaRejectedException("The file is not an MP4 video.");
        }
        String key = sha256(bytes);
        blobs.store(key, MediaVariant.ORIGINAL, bytes);
        String creator = currentUser.get().map(SignedInUser::id).map(Object::toString).orElse(null);
        files.insertUnsizedIfAbsent("video", key, "video/mp4", bytes.length, cleanFilename(filename), creator);
        if (!blobs.exists(key, MediaVariant.ORIGINAL)) {
            blobs.store(key, MediaVariant.ORIGINAL, bytes);
        }
        return files.findById(key).map(MediaFile::toStoredMedia).orElseThrow();
    }

    /** ISO base media files start with a box whose type, at bytes 4 to 7, is "ftyp". */
    static boolean isMp4(byte[] bytes) {
        return bytes.length >= 12 && bytes[4] == 'f' && bytes[5] == 't' && bytes[6] == 'y' && bytes[7] == 'p';
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<StoredMedia> find(String key) {
        return isKey(key) ? files.findById(key).map(MediaFile::toStoredMedia) : Optional.empty();
    }

    /** The bytes and type of one variant, for the file handler; empty when unknown. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<MediaContent> open(String key, MediaVariant variant) throws IOException {
        if (!isKey(key)) {
            return Optional.empty();
        }
        Optional<MediaFile> file = files.findById(key);
        if (file.isEmpty() || !blobs.exists(key, variant)) {
            return Optional.empty();
        }
        String mimeType = variant == MediaVariant.ORIGINAL ? file.get().getMimeType() : file.get().getDerivedMimeType();
        InputStream bytes = blobs.open(key, variant);
        return Optional.of(new MediaContent(key, variant, mimeType, blobs.size(key, variant), bytes));
    }

    /**
     * The original decoded and encoded again (JPEG, or PNG where there is transparency), so that
     * nothing of the file but its pixels leaves: no EXIF, GPS position or camera serial. For
     * public links; the stored original stays as it was uploaded.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<MediaContent> openWithoutMetadata(String key) throws IOException {
        return openFitted(key, Integer.MAX_VALUE);
    }

    /**
     * The original scaled down to fit {@code longestSide} (never up) and encoded again like
     * {@link #openWithoutMetadata}: for training datasets made at a trainer's resolution.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<MediaContent> openFitted(String key, int longestSide) throws IOException {
        Optional<MediaContent> original = open(key, MediaVariant.ORIGINAL);
        if (original.isEmpty() || !original.get().mimeType().startsWith("image/")) {
            original.ifPresent(MediaService::closeQuietly);
            return Optional.empty();
        }
        byte[] bytes;
        try (InputStream in = original.get().bytes()) {
            bytes = in.readAllBytes();
        }
        InspectedImage image = slots.run(() -> inspector.inspect(bytes), () -> {
        });
        byte[] clean = derivatives.scaled(image.image(), Math.min(longestSide, Math.max(image.width(), image.height())));
        return Optional.of(new MediaContent(key, MediaVariant.ORIGINAL, derivatives.mimeTypeFor(image.image()), clean.length,
                new java.io.ByteArrayInputStream(clean)));
    }

    private static void closeQuietly(MediaContent content) {
        try {
            content.bytes().close();
        } catch (IOException e) {
            // a file opened for reading: nothing was written
        }
    }

    static boolean isKey(String key) {
        return key != null && key.matches("[0-9a-f]{64}");
    }

    static String cleanFilename(String filename) {
        if (filename == null || filename.isBlank()) {
            return null;
        }
        String name = filename.replaceAll("[\\\\/]", "_").replaceAll("\\p{Cntrl}", "").trim();
        return name.length() > MediaLimits.MAX_FILENAME_LENGTH ? name.substring(0, MediaLimits.MAX_FILENAME_LENGTH) : name;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }
}
