package studio.thresho.media;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Streams an upload to a temporary file and stops reading at the size limit plus one byte, so a
 * body of any size costs at most that much disk and never more than a small buffer of memory. A
 * declared size over the limit is refused before a byte is read.
 */
final class UploadSpool {

    private static final int BUFFER_BYTES = 64 * 1024;

    private UploadSpool() {
    }

    /**
     * The bytes of the stream, when they fit the limit.
     *
     * @param declaredSize what the client announced, or a negative number when it did not say
     * @throws MediaRejectedException when the upload is larger than {@code limit}
     */
    static byte[] read(InputStream in, long declaredSize, long limit) {
        if (declaredSize > limit) {
            throw ImageInspector.tooLarge();
        }
        Path spool = null;
        try {
            spool = Files.createTempFile("thresho-upload-", ".part");
            long written = copyAtMost(in, spool, limit + 1);
            if (written > limit) {
                throw ImageInspector.tooLarge();
            }
            return Files.readAllBytes(spool);
        } catch (IOException e) {
            throw new UncheckedIOException("The upload could not be received", e);
        } finally {
            deleteQuietly(spool);
        }
    }

    private static long copyAtMost(InputStream in, Path target, long most) throws IOException {
        byte[] buffer = new byte[BUFFER_BYTES];
        long total = 0;
        try (OutputStream out = Files.newOutputStream(target)) {
            while (total < most) {
                int read = in.read(buffer, 0, (int) Math.min(buffer.length, most - total));
                if (read < 0) {
                    break;
                }
                out.write(buffer, 0, read);
                total += read;
            }
        }
        return total;
    }

    private static void deleteQuietly(Path spool) {
        if (spool != null) {
            try {
                Files.deleteIfExists(spool);
            } catch (IOException ignored) {
                // a leftover in the temporary directory; the operating system clears it
            }
        }
    }
}
