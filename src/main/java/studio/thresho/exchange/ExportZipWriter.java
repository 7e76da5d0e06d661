package studio.thresho.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes an export ZIP straight onto a stream: images stored as they are (they do not compress,
 * and a reader gets the original bytes), text deflated. A stored entry needs its size and CRC-32
 * before its bytes, so each image is read twice (once to sum it, once to copy it): no column to
 * backfill, and nothing held in memory but a copy buffer.
 */
final class ExportZipWriter implements AutoCloseable {

    /** Opens one image's bytes; called twice per image. */
    interface Source {
        InputStream open() throws IOException;
    }

    private final ZipOutputStream zip;

    ExportZipWriter(OutputStream out) {
        this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        zip.setLevel(java.util.zip.Deflater.DEFAULT_COMPRESSION);
    }

    void text(String path, String content) throws IOException {
        ZipEntry entry = new ZipEntry(path);
        entry.setMethod(ZipEntry.DEFLATED);
        zip.putNextEntry(entry);
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    void stored(String path, Source source) throws IOException {
        CRC32 crc = new CRC32();
        long size = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = source.open()) {
            for (int read; (read = in.read(buffer)) > 0; ) {
                crc.update(buffer, 0, read);
                size += read;
            }
        }
        ZipEntry entry = new ZipEntry(path);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(size);
        entry.setCompressedSize(size);
        entry.setCrc(crc.getValue());
        zip.putNextEntry(entry);
        try (InputStream in = source.open()) {
            in.transferTo(zip);
        }
        zip.closeEntry();
    }

    /** Finishes the ZIP (its central directory) without closing the response stream underneath. */
    @Override
    public void close() throws IOException {
        zip.finish();
        zip.flush();
    }
}
