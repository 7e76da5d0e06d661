package studio.thresho.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A full disk: a clear refusal, and nothing half-written left behind. */
class FileSystemBlobStoreTest {

    private static final String KEY = "ab".repeat(32);

    @TempDir
    Path root;

    @Test
    void aWriteThatWouldFillTheDiskIsRefusedWithoutLeavingAFile() throws IOException {
        FileSystemBlobStore store = new FileSystemBlobStore(root, Long.MAX_VALUE / 2);

        assertThatThrownBy(() -> store.store(KEY, MediaVariant.ORIGINAL, new byte[] {1, 2, 3}))
                .isInstanceOf(StorageFullException.class).hasMessageContaining("storage is full").hasMessageContaining("free disk space");

        assertThat(store.exists(KEY, MediaVariant.ORIGINAL)).isFalse();
        try (Stream<Path> files = Files.walk(root)) {
            assertThat(files.filter(Files::isRegularFile)).as("no temporary or partial file").isEmpty();
        }
    }

    @Test
    void theOperatingSystemsNoSpaceErrorIsRecognised() {
        assertThat(FileSystemBlobStore.diskFull(new IOException("No space left on device"))).isTrue();
        assertThat(FileSystemBlobStore.diskFull(new IOException("Permission denied"))).isFalse();
    }

    @Test
    void withRoomTheFileIsStoredAndCanBeDeleted() {
        FileSystemBlobStore store = new FileSystemBlobStore(root, 0);
        store.store(KEY, MediaVariant.ORIGINAL, new byte[] {1, 2, 3});
        assertThat(store.exists(KEY, MediaVariant.ORIGINAL)).isTrue();
        store.delete(KEY, MediaVariant.ORIGINAL);
        assertThat(store.exists(KEY, MediaVariant.ORIGINAL)).isFalse();
    }
}
