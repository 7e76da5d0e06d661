package studio.thresho.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import studio.thresho.exchange.BulkImportService;
import studio.thresho.exchange.ImportPreview;
import studio.thresho.exchange.ImportReport;
import studio.thresho.exchange.SafeZip;
import studio.thresho.media.TestImages;
import studio.thresho.testsupport.IntegrationTest;
import studio.thresho.testsupport.Workspace;

/**
 * {@code ./mvnw test -Pbench -Dtest=BulkImportBenchmark}: a ZIP of {@code bench.imports} talents
 * (1,000 unless set) with one 1024 px JPEG headshot each, previewed and imported through the Import
 * dialog's service; prints the time and writes target/bench-import-results.txt. The goal is under 2
 * minutes for 1,000. The import ingests the next assets' images on {@code thresho.import.ingest-threads}
 * (2) threads while it saves in order, each decode in a media decode slot, so the decode limit (2 at
 * a time) holds. The JVM's CPU time is reported too (the database server's is not), since this
 * machine is shared with other builds and the wall time depends on their load.
 */
@IntegrationTest
class BulkImportBenchmark {

    static final int ASSETS = Integer.getInteger("bench.imports", 1_000);
    static final int IMAGE_SIZE = 1024;

    @Autowired
    BulkImportService imports;
    @Autowired
    Workspace workspace;

    @Test
    void aThousandTalentsWithOneImageEach() throws IOException {
        workspace.editorInNewProject("Import bench");
        Path zip = Files.createTempFile("thresho-bench-import-", ".zip");
        long zipStart = System.nanoTime();
        writeZip(zip);
        long zipped = System.nanoTime();

        ImportReport report;
        long previewed;
        long cpuBefore = 0;
        try (SafeZip files = SafeZip.open(zip)) {
            ImportPreview preview = imports.preview(files, workspace.category("talent"));
            previewed = System.nanoTime();
            cpuBefore = processCpuNanos();
            assertThat(preview.importable()).isEqualTo(ASSETS);
            report = imports.run(files, preview, progress -> { });
        } finally {
            Files.deleteIfExists(zip);
        }
        long done = System.nanoTime();
        double cpuSeconds = (processCpuNanos() - cpuBefore) / 1e9;

        assertThat(report.outcomes()).allSatisfy(outcome -> assertThat(outcome.result()).isEqualTo(ImportReport.Result.CREATED));
        List<String> lines = new ArrayList<>();
        lines.add(String.format("Bulk import benchmark: %,d talents, one %d px JPEG each, on this machine (%d cores)", ASSETS, IMAGE_SIZE,
                Runtime.getRuntime().availableProcessors()));
        lines.add(String.format("ZIP written in %.1f s", (zipped - zipStart) / 1e9));
        lines.add(String.format("preview %.1f s, import %.1f s (%.0f ms per asset); extrapolated to 1,000: %.0f s",
                (previewed - zipped) / 1e9, (done - previewed) / 1e9, (done - previewed) / 1e6 / ASSETS, (done - previewed) / 1e9 / ASSETS * 1000));
        lines.add(String.format("import CPU time of the JVM %.1f s (%.0f ms per asset, %.0f%% of %d cores busy); load average at the end %.1f",
                cpuSeconds, cpuSeconds * 1000 / ASSETS, cpuSeconds / ((done - previewed) / 1e9) / Runtime.getRuntime().availableProcessors() * 100,
                Runtime.getRuntime().availableProcessors(), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        lines.forEach(System.out::println);
        Files.write(Path.of("target", "bench-import-results.txt"), lines);
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** Talent/Bench NNNN/headshot.jpg, each picture a different image (drawn from a seed per asset). */
    private static void writeZip(Path zip) throws IOException {
        try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file)) {
            out.setLevel(0);
            for (int i = 0; i < ASSETS; i++) {
                out.putNextEntry(new ZipEntry(String.format("Talent/Bench %04d/headshot.jpg", i)));
                out.write(TestImages.jpeg(IMAGE_SIZE, IMAGE_SIZE, 50_000L + i));
                out.closeEntry();
            }
        }
    }
}
