package studio.thresho.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * A ZIP read defensively, from its central directory: before anything is imported every entry is
 * checked (no path outside the ZIP, no links, at most {@link ZipLimits#MAX_ENTRIES} entries, at
 * most {@link ZipLimits#MAX_TOTAL_UNPACKED_BYTES} announced in total, no entry packed more tightly
 * than {@link ZipLimits#MAX_COMPRESSION_RATIO} to 1); while reading, the announced sizes are not
 * trusted: each entry is cut at its limit and the bytes really unpacked are counted.
 */
public final class SafeZip implements ImportFiles {

    private final ZipFile zip;
    private final Map<String, ZipArchiveEntry> entries = new LinkedHashMap<>();
    private final AtomicLong unpacked = new AtomicLong();

    private SafeZip(ZipFile zip) {
        this.zip = zip;
    }

    /**
     * Opens and checks the ZIP.
     *
     * @throws ImportRefusedException when it is not a ZIP or breaks a rule; the message says which
     */
    public static SafeZip open(Path file) {
        ZipFile zip;
        try {
            zip = ZipFile.builder().setPath(file).get();
        } catch (IOException | RuntimeException notAZip) {
            throw new ImportRefusedException("The file is not a ZIP that can be read (" + notAZip.getMessage() + "); nothing was imported.");
        }
        SafeZip safe = new SafeZip(zip);
        try {
            safe.check();
        } catch (RuntimeException refused) {
            safe.closeQuietly();
            throw refused;
        }
        return safe;
    }

    private void check() {
        List<ZipArchiveEntry> all = Collections.list(zip.getEntries());
        if (all.size() > ZipLimits.MAX_ENTRIES) {
            throw new ImportRefusedException("The ZIP has " + all.size() + " entries; at most " + ZipLimits.MAX_ENTRIES
                    + " are imported at once. Split it and import the parts.");
        }
        long announced = 0;
        for (ZipArchiveEntry entry : all) {
            if (entry.isUnixSymlink()) {
                throw new ImportRefusedException("The entry \"" + entry.getName() + "\" is a link; ZIPs with links are refused, nothing was imported.");
            }
            var path = EntryPaths.clean(entry.getName());
            if (entry.isDirectory() || path.isEmpty()) {
                continue;
            }
            long size = entry.getSize();
            long packed = entry.getCompressedSize();
            if (size > ZipLimits.RATIO_CHECKED_FROM_BYTES && packed > 0 && size / packed > ZipLimits.MAX_COMPRESSION_RATIO) {
                throw bomb("\"" + entry.getName() + "\" unpacks " + size / packed + " times larger than it is packed");
            }
            announced += Math.max(0, size);
            if (announced > ZipLimits.MAX_TOTAL_UNPACKED_BYTES) {
                throw bomb("its files unpack to more than " + ZipLimits.MAX_TOTAL_UNPACKED_BYTES / (1024 * 1024 * 1024) + " GB");
            }
            entries.putIfAbsent(path.get(), entry);
        }
    }

    private static ImportRefusedException bomb(String what) {
        return new ImportRefusedException("The ZIP is refused because " + what + " (a zip bomb guard); nothing was imported.");
    }

    @Override
    public List<ImportFile> files() {
        List<ImportFile> files = new ArrayList<>();
        entries.forEach((path, entry) -> files.add(new ImportFile(path, entry.getSize())));
        return files;
    }

    @Override
    public byte[] read(ImportFile file, long limit) throws IOException {
        ZipArchiveEntry entry = entries.get(file.path());
        if (entry == null) {
            throw new IllegalArgumentException("Not in this ZIP: " + file.path());
        }
        try (InputStream in = zip.getInputStream(entry)) {
            byte[] bytes = ImportFiles.readAtMost(in, limit, file.path());
            long packed = Math.max(1, entry.getCompressedSize());
            if (bytes.length > ZipLimits.RATIO_CHECKED_FROM_BYTES && bytes.length / packed > ZipLimits.MAX_COMPRESSION_RATIO) {
                throw bomb("\"" + entry.getName() + "\" unpacks far larger than it announced");
            }
            if (unpacked.addAndGet(bytes.length) > ZipLimits.MAX_TOTAL_UNPACKED_BYTES) {
                throw bomb("its files unpack to more than " + ZipLimits.MAX_TOTAL_UNPACKED_BYTES / (1024 * 1024 * 1024) + " GB");
            }
            return bytes;
        }
    }

    /** Reads every entry through and compares its CRC-32 with the one the ZIP records: a damaged ZIP is refused whole. */
    @Override
    public void verify() {
        byte[] buffer = new byte[64 * 1024];
        for (ZipArchiveEntry entry : entries.values()) {
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            try (InputStream in = zip.getInputStream(entry)) {
                for (int read; (read = in.read(buffer)) > 0; ) {
                    crc.update(buffer, 0, read);
                }
            } catch (IOException | RuntimeException broken) {
                throw damaged(entry, broken.getMessage());
            }
            if (entry.getCrc() >= 0 && crc.getValue() != entry.getCrc()) {
                throw damaged(entry, "its CRC-32 does not match");
            }
        }
    }

    private static ImportRefusedException damaged(ZipArchiveEntry entry, String why) {
        return new ImportRefusedException("The ZIP is damaged: \"" + entry.getName() + "\" cannot be read whole (" + why
                + "); nothing was imported.");
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    private void closeQuietly() {
        try {
            zip.close();
        } catch (IOException ignored) {
            // refused anyway
        }
    }
}
