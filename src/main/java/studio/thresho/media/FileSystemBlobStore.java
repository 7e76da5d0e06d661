package studio.thresho.media;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
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

    private final Path root;

    FileSystemBlobStore(@Value("${thresho.media-dir}") Path root) {
        this.root = root.toAbsolutePath();
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
            throw new UncheckedIOException("Could not store " + variant + " of " + key, e);
        } finally {
            deleteQuietly(temp);
        }
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

    private Path pathOf(String key, MediaVariant variant) {
        if (!key.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("Not a media key: " + key);
        }
        return root.resolve(variant.pathSegment() + "s").resolve(key.substring(0, 2)).resolve(key);
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
