package studio.thresho.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.stream.Stream;

/**
 * The files of a folder chosen in the browser, each posted with its relative path: written to a
 * temporary folder under the cleaned path (the same rules as ZIP entries), a file cut off at the
 * image limit, the whole folder at {@link ZipLimits#MAX_UPLOAD_BYTES}. Deleted on close.
 */
public final class FolderFiles implements ImportFiles {

    private final Path root;
    private final Map<String, Long> sizes = new ConcurrentSkipListMap<>();
    private long total;

    public FolderFiles() {
        try {
            root = Files.createTempDirectory("thresho-folder-import-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Receives one file of the folder.
     *
     * @return false when the file was left out (a housekeeping file, or larger than an image may be)
     * @throws ImportRefusedException for an unsafe path or when the folder grows past the limit
     */
    public synchronized boolean add(String relativePath, InputStream in) throws IOException {
        Optional<String> clean = EntryPaths.clean(relativePath);
        if (clean.isEmpty() || sizes.size() >= ZipLimits.MAX_ENTRIES) {
            return false;
        }
        Path target = root.resolve(clean.get()).normalize();
        if (!target.startsWith(root)) {
            throw new ImportRefusedException("\"" + relativePath + "\" points outside the folder; the import was refused.");
        }
        Files.createDirectories(target.getParent());
        long written;
        try (OutputStream out = Files.newOutputStream(target)) {
            written = copyAtMost(in, out, ZipLimits.MAX_IMAGE_BYTES + 1);
        }
        if (written > ZipLimits.MAX_IMAGE_BYTES) {
            Files.deleteIfExists(target);
            return false;
        }
        total += written;
        if (total > ZipLimits.MAX_UPLOAD_BYTES) {
            throw new ImportRefusedException("The folder holds more than " + ZipLimits.MAX_UPLOAD_BYTES / (1024 * 1024 * 1024)
                    + " GB; import it in parts.");
        }
        sizes.put(clean.get(), written);
        return true;
    }

    private static long copyAtMost(InputStream in, OutputStream out, long limit) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long written = 0;
        int read;
        while (written < limit && (read = in.read(buffer, 0, (int) Math.min(buffer.length, limit - written))) >= 0) {
            out.write(buffer, 0, read);
            written += read;
        }
        return written;
    }

    @Override
    public List<ImportFile> files() {
        List<ImportFile> files = new ArrayList<>();
        sizes.forEach((path, size) -> files.add(new ImportFile(path, size)));
        return files;
    }

    @Override
    public byte[] read(ImportFile file, long limit) throws IOException {
        try (InputStream in = Files.newInputStream(root.resolve(file.path()))) {
            return ImportFiles.readAtMost(in, limit, file.path());
        }
    }

    @Override
    public void close() throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
