package studio.thresho.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import studio.thresho.asset.AssetDraft;
import studio.thresho.asset.AssetService;
import studio.thresho.asset.ImageDraft;
import studio.thresho.asset.ImageType;
import studio.thresho.asset.VersionRequest;
import studio.thresho.exchange.ExportRequest;
import studio.thresho.exchange.LibraryExportService;
import studio.thresho.media.MediaService;
import studio.thresho.media.MediaVariant;
import studio.thresho.testsupport.IntegrationTest;
import studio.thresho.testsupport.Workspace;

/**
 * {@code ./mvnw test -Pbench -Dtest=ExportBenchmark}: a project of {@value #ASSETS} assets with
 * {@value #IMAGES_PER_ASSET} incompressible images each ({@code bench.export.mb}, 200 MB by default,
 * scaled down from the 2 GB for this shared machine), exported to a file and compared with
 * {@code zip -0} of the same image files on the same disk. Heap growth is the most live heap seen
 * while exporting (a sampler collects garbage every {@value #SAMPLE_MILLIS} ms, in a second run,
 * so the timed run is undisturbed). Writes target/bench-export.txt.
 */
@IntegrationTest
class ExportBenchmark {

    static final int IMAGES_PER_ASSET = 4;
    static final int SAMPLE_MILLIS = 100;
    static final long MB = 1024 * 1024;
    static final int ASSETS = Integer.getInteger("bench.export.assets", 5);

    @Autowired
    LibraryExportService exports;
    @Autowired
    AssetService assets;
    @Autowired
    MediaService media;
    @Autowired
    Workspace workspace;

    @TempDir
    Path temp;

    @Test
    void exportOfManyLargeImages() throws Exception {
        long targetBytes = Long.getLong("bench.export.mb", 200) * MB;
        int images = ASSETS * IMAGES_PER_ASSET;
        int side = (int) Math.sqrt(targetBytes / images / 3.0);
        workspace.editorInNewProject("Export bench");
        Path files = Files.createDirectories(temp.resolve("files"));
        Random random = new Random(7);
        long imageBytes = 0;
        for (int a = 0; a < ASSETS; a++) {
            List<ImageDraft> drafts = new ArrayList<>();
            for (int i = 0; i < IMAGES_PER_ASSET; i++) {
                byte[] png = noisePng(side, random);
                String key = media.ingest("noise.png", png).key();
                try (InputStream in = media.open(key, MediaVariant.ORIGINAL).orElseThrow().bytes()) {
                    imageBytes += Files.copy(in, files.resolve("a" + a + "-" + i + ".png"));
                }
                drafts.add(new ImageDraft(key, ImageType.REFERENCE, null, null));
            }
            assets.save(new AssetDraft(null, null, workspace.category("props"), "Bench prop " + a, null, false, null, List.of(), Map.of()),
                    drafts, VersionRequest.proposed());
        }

        ExportRequest request = new ExportRequest.Library(ExportRequest.LibraryScope.PROJECT);
        exportTo(request, temp.resolve("warm.zip"));
        long zipNanos = Long.MAX_VALUE;
        long exportNanos = Long.MAX_VALUE;
        for (int run = 0; run < 2; run++) {
            zipNanos = Math.min(zipNanos, zipStored(files, temp.resolve("zip0-" + run + ".zip")));
            exportNanos = Math.min(exportNanos, exportTo(request, temp.resolve("export-" + run + ".zip")));
        }
        long heapGrowth = heapGrowthDuring(() -> exportTo(request, temp.resolve("sampled.zip")));

        double exportRate = imageBytes / (double) MB / (exportNanos / 1e9);
        double zipRate = imageBytes / (double) MB / (zipNanos / 1e9);
        List<String> report = List.of(
                String.format("Export benchmark: %d assets, %d images of %dx%d noise, %,d MB of images (%d cores)", ASSETS, images, side, side,
                        imageBytes / MB, Runtime.getRuntime().availableProcessors()),
                String.format("export: %.1f s, %.0f MB/s; zip -0 of the same files: %.1f s, %.0f MB/s; ratio %.2f",
                        exportNanos / 1e9, exportRate, zipNanos / 1e9, zipRate, exportRate / zipRate),
                String.format("live heap growth while exporting: %.1f MB (limit 50 MB)", heapGrowth / (double) MB));
        report.forEach(System.out::println);
        Files.write(Path.of("target", "bench-export.txt"), report);
        assertThat(heapGrowth).isLessThan(50 * MB);
        assertThat(Files.size(temp.resolve("sampled.zip"))).isGreaterThan(imageBytes);
    }

    private long exportTo(ExportRequest request, Path target) throws IOException {
        long start = System.nanoTime();
        try (OutputStream out = Files.newOutputStream(target)) {
            exports.write(request, out, progress -> { }, () -> false);
        }
        return System.nanoTime() - start;
    }

    private static long zipStored(Path files, Path target) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process zip = new ProcessBuilder("zip", "-0", "-q", "-r", target.toString(), ".").directory(files.toFile()).inheritIO().start();
        assertThat(zip.waitFor()).isZero();
        return System.nanoTime() - start;
    }

    interface Work {
        void run() throws Exception;
    }

    /** The most live heap above the starting point while the work runs, sampled after a collection every few milliseconds. */
    private static long heapGrowthDuring(Work work) throws Exception {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long baseline = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(baseline);
        AtomicBoolean running = new AtomicBoolean(true);
        Thread sampler = Thread.ofPlatform().daemon().start(() -> {
            while (running.get()) {
                System.gc();
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(SAMPLE_MILLIS);
                } catch (InterruptedException stop) {
                    return;
                }
            }
        });
        try {
            work.run();
        } finally {
            running.set(false);
            sampler.join();
        }
        return peak.get() - baseline;
    }

    /** A PNG of random pixels: it does not compress, like the photographs a studio exports. */
    private static byte[] noisePng(int side, Random random) throws IOException {
        BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
