package studio.thresho.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/** ZIP files made in a temporary folder, links and all. */
final class TestZips {

    private final Map<String, byte[]> entries = new LinkedHashMap<>();
    private final Map<String, String> links = new LinkedHashMap<>();

    static TestZips zip() {
        return new TestZips();
    }

    TestZips with(String path, byte[] bytes) {
        entries.put(path, bytes);
        return this;
    }

    TestZips link(String path, String target) {
        links.put(path, target);
        return this;
    }

    Path write() {
        try {
            Path file = Files.createTempFile("thresho-test-", ".zip");
            try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(file)) {
                for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                    out.putArchiveEntry(new ZipArchiveEntry(entry.getKey()));
                    out.write(entry.getValue());
                    out.closeArchiveEntry();
                }
                for (Map.Entry<String, String> link : links.entrySet()) {
                    ZipArchiveEntry entry = new ZipArchiveEntry(link.getKey());
                    entry.setUnixMode(0120777);
                    out.putArchiveEntry(entry);
                    out.write(link.getValue().getBytes());
                    out.closeArchiveEntry();
                }
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
