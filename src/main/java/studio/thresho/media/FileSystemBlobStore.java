package studio.thresho.media;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Files under MEDIA_DIR: {@code originals/ab/<sha256>}, {@code thumbnails/ab/<sha256>},
 * {@code previews/ab/<sha256>}. Each write goes to a temporary file in the target directory, is
 * forced to disk and renamed into place, so a crash leaves either nothing or the whole file.
 */
@Component
class FileSystemBlobStore implements BlobStore {

    private static final String TEMP_SUFFIX = ".tmp";
    private static final int STREAM_BUFFER_BYTES = 64 * 1024;
    /** How often a streamed write looks at the free space again. */
    private static final long SPACE_CHECK_BYTES = 64L * 1024 * 1024;

    private final Path root;
    private final long minFreeBytes;

    /**
     * @param minFreeBytes room always left on the disk: a write that would leave less is refused
     *                     before it starts, so the database and the rest of the system keep working
     */
    FileSystemBlobStore(@Value("${thresho.media-dir}") Path root, @Value("${thresho.media.min-free-bytes:104857600}") long minFreeBytes) {
        this.root = root.toAbsolutePath();
        this.minFreeBytes = minFreeBytes;
    }

    Path root() {
        return root;
    }

    @Override
    public void store(String key, MediaVariant variant, byte[] bytes) {
        Path target = pathOf(key, variant);
        if (Files.exists(target)) {
            return;
        }
        Path temp = null;
        try {
            Files.createDirectories(target.getParent());
            if (Files.getFileStore(target.getParent()).getUsableSpace() - bytes.length < minFreeBytes) {
                throw new StorageFullException();
            }
            temp = Files.createTempFile(target.getParent(), "." + key, TEMP_SUFFIX);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            moveIntoPlace(temp, target);
        } catch (IOException e) {
            if (diskFull(e)) {
                throw new StorageFullException();
            }
            throw new UncheckedIOException("Could not store " + variant + " of " + key, e);
        } finally {
            deleteQuietly(temp);
        }
    }

    @Override
    public StreamedBlob storeStream(InputStream in, MediaVariant variant, long maxBytes, BlobCheck check) {
        Path directory = root.resolve(variant.pathSegment() + "s");
        Path temp = null;
        try {
            Files.createDirectories(directory);
            temp = Files.createTempFile(directory, ".stream-", TEMP_SUFFIX);
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            long size = copyHashing(in, temp, sha256, maxBytes, directory);
            try (SeekableByteChannel channel = Files.newByteChannel(temp, StandardOpenOption.READ)) {
                check.check(channel, size);
            }
            String key = HexFormat.of().formatHex(sha256.digest());
            Path target = pathOf(key, variant);
            Files.createDirectories(target.getParent());
            moveIntoPlace(temp, target);
            return new StreamedBlob(key, size);
        } catch (IOException e) {
            if (diskFull(e)) {
                throw new StorageFullException();
            }
            throw new UncheckedIOException("Could not store the streamed " + variant, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            deleteQuietly(temp);
        }
    }

    private long copyHashing(InputStream in, Path temp, MessageDigest sha256, long maxBytes, Path directory) throws IOException {
        byte[] buffer = new byte[STREAM_BUFFER_BYTES];
        long total = 0;
        try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE)) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                total += read;
                if (total > maxBytes) {
                    throw new MediaRejectedException("The file is larger than " + maxBytes / (1024 * 1024) + " MB.");
                }
                if (total % SPACE_CHECK_BYTES < read && Files.getFileStore(directory).getUsableSpace() < minFreeBytes + SPACE_CHECK_BYTES) {
                    throw new StorageFullException();
                }
                sha256.update(buffer, 0, read);
                ByteBuffer chunk = ByteBuffer.wrap(buffer, 0, read);
                while (chunk.hasRemaining()) {
                    out.write(chunk);
                }
            }
            out.force(true);
        }
        return total;
    }

    @Override
    public boolean exists(String key, MediaVariant variant) {
        return Files.isRegularFile(pathOf(key, variant));
    }

    @Override
    public InputStream open(String key, MediaVariant variant) throws IOException {
        return Files.newInputStream(pathOf(key, variant));
    }

    @Override
    public long size(String key, MediaVariant variant) throws IOException {
        return Files.size(pathOf(key, variant));
    }

    @Override
    public void delete(String key, MediaVariant variant) {
        try {
            Files.deleteIfExists(pathOf(key, variant));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not remove " + variant + " of " + key, e);
        }
    }

    private Path pathOf(String key, MediaVariant variant) {
        if (!key.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("Not a media key: " + key);
        }
        return root.resolve(variant.pathSegment() + "s").resolve(key.substring(0, 2)).resolve(key);
    }

    /** Java reports ENOSPC only through the message of the exception. */
    static boolean diskFull(IOException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            String message = cause.getMessage();
            if (message != null && (message.contains("No space left on device") || message.contains("Disk quota exceeded")
                    || message.contains("There is not enough space on the disk"))) {
                return true;
            }
        }
        return false;
    }

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            // identical bytes under the same name: whoever renames last wins, and both are equal
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // nothing more to do: the temporary name never becomes visible as a media file
        }
    }
}
