package studio.thresho.lora;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a dataset ZIP straight onto a stream: images stored as they are (they do not compress),
 * text deflated. Images come one at a time as bytes (a dataset's images are at most a few MB each),
 * so their CRC-32 is known before the entry. Several talents go as one ZIP of per-talent ZIPs, each
 * exactly what its trainer reads at its root.
 */
final class LoraZipWriter implements AutoCloseable {

    /** Writes one talent's dataset into a nested ZIP. */
    interface Nested {
        void write(LoraZipWriter zip) throws IOException;
    }

    private final ZipOutputStream zip;

    LoraZipWriter(OutputStream out) {
        this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
    }

    void text(String path, String content) throws IOException {
        ZipEntry entry = new ZipEntry(path);
        entry.setMethod(ZipEntry.DEFLATED);
        zip.setLevel(Deflater.DEFAULT_COMPRESSION);
        zip.putNextEntry(entry);
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    void stored(String path, byte[] bytes) throws IOException {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        ZipEntry entry = new ZipEntry(path);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(bytes.length);
        entry.setCompressedSize(bytes.length);
        entry.setCrc(crc.getValue());
        zip.putNextEntry(entry);
        zip.write(bytes);
        zip.closeEntry();
    }

    /** A ZIP inside this one, streamed too: deflated without compression, so no size or CRC is needed first. */
    void nested(String path, Nested content) throws IOException {
        ZipEntry entry = new ZipEntry(path);
        entry.setMethod(ZipEntry.DEFLATED);
        zip.setLevel(Deflater.NO_COMPRESSION);
        zip.putNextEntry(entry);
        LoraZipWriter inner = new LoraZipWriter(new FilterOutputStream(zip) {
            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                out.write(bytes, offset, length);
            }

            @Override
            public void close() {
                // the outer ZIP goes on
            }
        });
        content.write(inner);
        inner.close();
        zip.closeEntry();
    }

    /** Finishes the ZIP (its central directory) without closing the stream underneath. */
    @Override
    public void close() throws IOException {
        zip.finish();
        zip.flush();
    }
}
