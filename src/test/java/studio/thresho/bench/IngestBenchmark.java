package studio.thresho.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import studio.thresho.media.MediaService;
import studio.thresho.media.TestImages;
import studio.thresho.testsupport.IntegrationTest;
import studio.thresho.testsupport.Workspace;

/**
 * {@code ./mvnw test -Pbench -Dtest=IngestBenchmark}: ingest of a 20-megapixel JPEG (decode once,
 * subsampled, then the 1280 px preview and the 320 px thumbnail, stored) side by side with
 * {@code vipsthumbnail} making the same two images from the same file; writes
 * target/bench-ingest.txt. Targets: at most 1.3 times vipsthumbnail's time, peak memory under 100
 * MB per image. vipsthumbnail is installed with apt-get where missing; where that fails the
 * comparison is skipped with a message.
 */
@IntegrationTest
class IngestBenchmark {

    static final int WIDTH = 5472;
    static final int HEIGHT = 3648;
    static final int RUNS = Integer.getInteger("bench.ingest.runs", 5);
    static final int WARM_UPS = 2;
    static final double TARGET_RATIO = 1.3;
    static final long TARGET_PEAK_MB = 100;

    @Autowired
    MediaService media;
    @Autowired
    Workspace workspace;

    @Test
    void aTwentyMegapixelPhotoAgainstVipsthumbnail() throws Exception {
        workspace.editorInNewProject("Ingest bench");
        List<byte[]> photos = new ArrayList<>();
        for (int i = 0; i < WARM_UPS + RUNS; i++) {
            photos.add(TestImages.jpeg(WIDTH, HEIGHT, 90_000L + i)); // different bytes, so no run finds the file stored
        }
        List<String> lines = new ArrayList<>();
        lines.add(String.format("Ingest benchmark: %d x %d JPEG (%.1f MP, %.1f MB), best and median of %d runs after %d warm-ups, %d cores",
                WIDTH, HEIGHT, WIDTH * (double) HEIGHT / 1e6, photos.getFirst().length / 1e6, RUNS, WARM_UPS,
                Runtime.getRuntime().availableProcessors()));

        long[] ours = new long[RUNS];
        long peak = 0;
        for (int i = 0; i < WARM_UPS + RUNS; i++) {
            byte[] photo = photos.get(i);
            PeakHeap heap = PeakHeap.start();
            long start = System.nanoTime();
            media.ingest("photo.jpg", photo);
            long took = System.nanoTime() - start;
            long grown = heap.stop();
            if (i >= WARM_UPS) {
                ours[i - WARM_UPS] = took;
                peak = Math.max(peak, grown);
            }
        }
        Arrays.sort(ours);
        lines.add(String.format("ingest (check, one subsampled decode, preview + thumbnail, store): best %d ms, median %d ms", ours[0] / 1_000_000,
                ours[RUNS / 2] / 1_000_000));
        lines.add(String.format("peak heap growth while ingesting (upper bound: uncollected garbage included): %d MB, target under %d MB: %s",
                peak / (1024 * 1024), TARGET_PEAK_MB, peak < TARGET_PEAK_MB * 1024 * 1024 ? "met" : "not met"));

        if (!vipsthumbnailAvailable()) {
            lines.add("vipsthumbnail comparison skipped: vipsthumbnail is missing and `apt-get install -y libvips-tools` did not install it");
        } else {
            compareWithVips(photos, ours, lines);
        }
        lines.forEach(System.out::println);
        Files.write(Path.of("target", "bench-ingest.txt"), lines);
    }

    private static void compareWithVips(List<byte[]> photos, long[] ours, List<String> lines) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("thresho-bench-vips-");
        try {
            long[] vips = new long[RUNS];
            long peakKb = 0;
            for (int i = 0; i < WARM_UPS + RUNS; i++) {
                Path photo = dir.resolve("photo" + i + ".jpg");
                Files.write(photo, photos.get(i));
                long start = System.nanoTime();
                long previewKb = run(dir, "vipsthumbnail", photo.toString(), "-s", "1280", "-o", "preview" + i + ".jpg[Q=85]");
                long thumbnailKb = run(dir, "vipsthumbnail", dir.resolve("preview" + i + ".jpg").toString(), "-s", "320",
                        "-o", "thumbnail" + i + ".jpg[Q=85]");
                long took = System.nanoTime() - start;
                if (i >= WARM_UPS) {
                    vips[i - WARM_UPS] = took;
                    peakKb = Math.max(peakKb, Math.max(previewKb, thumbnailKb));
                }
            }
            Arrays.sort(vips);
            double ratio = (double) ours[RUNS / 2] / vips[RUNS / 2];
            lines.add(String.format("vipsthumbnail (preview 1280 from the file, thumbnail 320 from the preview, two processes): best %d ms, "
                    + "median %d ms, peak resident %d MB", vips[0] / 1_000_000, vips[RUNS / 2] / 1_000_000, peakKb / 1024));
            lines.add(String.format("ratio ingest / vipsthumbnail (medians): %.2f (best runs: %.2f), target at most %.1f: %s", ratio,
                    (double) ours[0] / vips[0], TARGET_RATIO, ratio <= TARGET_RATIO ? "met" : "not met"));
        } finally {
            try (var files = Files.list(dir)) {
                for (Path file : files.toList()) {
                    Files.deleteIfExists(file);
                }
            }
            Files.deleteIfExists(dir);
        }
    }

    /** Runs the command under /usr/bin/time; its peak resident set in KB (0 where time is missing). */
    private static long run(Path dir, String... command) throws IOException, InterruptedException {
        boolean timed = Files.isExecutable(Path.of("/usr/bin/time"));
        List<String> line = new ArrayList<>();
        if (timed) {
            line.addAll(List.of("/usr/bin/time", "-f", "%M"));
        }
        line.addAll(List.of(command));
        Process process = new ProcessBuilder(line).directory(dir.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String errors = new String(process.getErrorStream().readAllBytes());
        if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + errors);
        }
        String[] errorLines = errors.strip().split("\n");
        return timed ? Long.parseLong(errorLines[errorLines.length - 1].strip()) : 0;
    }

    private static boolean vipsthumbnailAvailable() {
        if (onPath()) {
            return true;
        }
        try {
            System.out.println("vipsthumbnail is missing: apt-get install -y libvips-tools");
            new ProcessBuilder("apt-get", "install", "-y", "libvips-tools").inheritIO().start().waitFor(5, TimeUnit.MINUTES);
        } catch (IOException | InterruptedException e) {
            System.out.println("Could not install libvips-tools: " + e.getMessage());
        }
        return onPath();
    }

    private static boolean onPath() {
        try {
            return new ProcessBuilder("vipsthumbnail", "--version").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /** The most heap in use seen every millisecond, less what was in use after a collection at the start. */
    private record PeakHeap(AtomicBoolean running, AtomicLong peak, long baseline, Thread sampler) {

        static PeakHeap start() {
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            System.gc();
            long baseline = memory.getHeapMemoryUsage().getUsed();
            AtomicBoolean running = new AtomicBoolean(true);
            AtomicLong peak = new AtomicLong(baseline);
            Thread sampler = Thread.ofPlatform().daemon(true).start(() -> {
                while (running.get()) {
                    peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(1);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            return new PeakHeap(running, peak, baseline, sampler);
        }

        long stop() throws InterruptedException {
            peak.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
            running.set(false);
            sampler.join();
            return peak.get() - baseline;
        }
    }
}
