package studio.thresho.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import studio.thresho.security.SystemAuthentication;
import studio.thresho.testsupport.IntegrationTest;

@IntegrationTest
@WithMockUser(roles = {"EDITOR", "VIEWER"})
class MediaServiceTest {

    @Autowired
    MediaService media;
    @Autowired
    FileSystemBlobStore blobs;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ImageInspector inspector;

    @Test
    void realJpegPngWebpAndGifAreAcceptedWithThumbnailAndPreview() throws IOException {
        assertStored(media.ingest("portrait.jpg", TestImages.jpeg(1600, 1200, 1)), "image/jpeg", 1600, 1200);
        assertStored(media.ingest("shop.png", TestImages.png(800, 600, 2)), "image/png", 800, 600);
        assertStored(media.ingest("set.webp", TestImages.webp()), "image/webp", 64, 48);
        assertStored(media.ingest("anim.gif", TestImages.gif(300, 200, 3)), "image/gif", 300, 200);
    }

    @Test
    void aGeneratedClipIsStoredAfterTheMp4CheckWithoutDerivatives() {
        byte[] mp4 = studio.thresho.testsupport.ScriptedProvider.MP4;

        StoredMedia clip = media.ingestVideo("clip.mp4", mp4);

        assertThat(clip.video()).isTrue();
        assertThat(clip.mimeType()).isEqualTo("video/mp4");
        assertThat(blobs.exists(clip.key(), MediaVariant.ORIGINAL)).isTrue();
        assertThat(blobs.exists(clip.key(), MediaVariant.THUMBNAIL)).isFalse();
        assertThat(jdbc.queryForObject("SELECT media_kind FROM media_files WHERE sha256 = ?", String.class, clip.key())).isEqualTo("video");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> media.ingestVideo("fake.mp4", TestImages.png(10, 10, 1)))
                .isInstanceOf(MediaRejectedException.class).hasMessageContaining("not an MP4");
    }

    @Test
    void derivativesAreScaledAndReEncodedKeepingTransparency() throws IOException {
        StoredMedia opaque = media.ingest("big.jpg", TestImages.jpeg(2400, 1600, 4));
        BufferedImage thumbnail = read(opaque.key(), MediaVariant.THUMBNAIL);
        BufferedImage preview = read(opaque.key(), MediaVariant.PREVIEW);
        assertThat(Math.max(thumbnail.getWidth(), thumbnail.getHeight())).isEqualTo(MediaLimits.THUMBNAIL_SIZE);
        assertThat(Math.max(preview.getWidth(), preview.getHeight())).isEqualTo(MediaLimits.PREVIEW_SIZE);
        assertThat(derivedMime(opaque.key())).isEqualTo("image/jpeg");

        StoredMedia transparent = media.ingest("cutout.png", TestImages.transparentPng(500, 500, 5));
        assertThat(derivedMime(transparent.key())).isEqualTo("image/png");
        assertThat(read(transparent.key(), MediaVariant.THUMBNAIL).getColorModel().hasAlpha()).isTrue();
    }

    @Test
    void aLargePhotoIsDecodedOnceSubsampledToNoLessThanThePreviewAndKeepsItsOwnSize() throws IOException {
        byte[] photo = TestImages.jpeg(4000, 3000, 11);
        ImageHeader header = inspector.check(photo);

        InspectedImage decoded = inspector.decode(photo, header, MediaLimits.PREVIEW_SIZE);
        assertThat(decoded.image().getWidth()).as("every third pixel: 1333 px, still above the preview's 1280").isEqualTo(1334);
        assertThat(decoded.width()).isEqualTo(4000);
        assertThat(decoded.height()).isEqualTo(3000);

        StoredMedia stored = media.ingest("photo.jpg", photo);
        assertStored(stored, "image/jpeg", 4000, 3000);
        assertThat(read(stored.key(), MediaVariant.PREVIEW).getWidth()).isEqualTo(MediaLimits.PREVIEW_SIZE);
        assertThat(read(stored.key(), MediaVariant.THUMBNAIL).getWidth()).isEqualTo(MediaLimits.THUMBNAIL_SIZE);
    }

    @Test
    void aSubsampledDecodeStillReadsToTheEndAndFindsDamage() {
        byte[] photo = TestImages.jpeg(4000, 3000, 12);
        byte[] cut = Arrays.copyOf(photo, photo.length * 9 / 10);

        assertThatThrownBy(() -> media.ingest("cut.jpg", cut)).isInstanceOf(MediaRejectedException.class)
                .hasMessageContaining("damaged or incomplete");
    }

    static Stream<Arguments> refusedFiles() {
        byte[] jpeg = TestImages.jpeg(800, 600, 6);
        byte[] oversized = Arrays.copyOf(TestImages.jpeg(64, 64, 7), (int) MediaLimits.MAX_FILE_BYTES + 1);
        return Stream.of(
                Arguments.of("html renamed .png", "page.png", TestImages.text("<!DOCTYPE html><html><body>Hello</body></html>"), "not an image"),
                Arguments.of("zero bytes", "empty.jpg", new byte[0], "empty"),
                Arguments.of("truncated JPEG", "cut.jpg", Arrays.copyOf(jpeg, jpeg.length * 6 / 10), "damaged or incomplete"),
                Arguments.of("100000 x 100000 PNG header", "huge.png", TestImages.pngHeaderClaiming(100_000, 100_000), "megapixels"),
                Arguments.of("6000 x 5000 PNG with 16 bits per channel", "deep.png", TestImages.pngHeaderClaiming(6000, 5000, 16),
                        "at most 25 megapixels are accepted for images with 16 bits per channel"),
                Arguments.of("6000 x 5000 PNG with 8 bits per channel passes the header check", "flat.png",
                        TestImages.pngHeaderClaiming(6000, 5000, 8), "damaged or incomplete"),
                Arguments.of("one byte over the limit", "big.jpg", oversized, "larger than 25 MB"),
                Arguments.of("SVG with a script", "logo.svg", TestImages.text(
                        "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script><rect width=\"10\" height=\"10\"/></svg>"),
                        "SVG images are not accepted"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedFiles")
    void badFilesAreRefusedWithTheReasonAndStoreNothing(String what, String name, byte[] bytes, String reason) throws IOException {
        List<Path> filesBefore = storedFiles();
        int rowsBefore = rows();

        assertThatThrownBy(() -> media.ingest(name, bytes))
                .isInstanceOf(MediaRejectedException.class)
                .hasMessageContaining(reason);

        assertThat(storedFiles()).isEqualTo(filesBefore);
        assertThat(rows()).isEqualTo(rowsBefore);
        assertThat(temporaryFiles()).isEmpty();
    }

    @Test
    void theSameImageIngestedTwiceIsStoredOnce() throws IOException {
        byte[] bytes = TestImages.png(200, 100, 8);
        int filesBefore = storedFiles().size();

        StoredMedia first = media.ingest("a.png", bytes);
        StoredMedia second = media.ingest("renamed-copy.png", bytes);

        assertThat(second.key()).isEqualTo(first.key());
        assertThat(second.originalFilename()).isEqualTo("a.png");
        assertThat(storedFiles()).hasSize(filesBefore + 3);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM media_files WHERE sha256 = ?", Integer.class, first.key())).isEqualTo(1);
    }

    @Test
    void concurrentIngestsOfTheSameImageStoreItOnce() throws Exception {
        byte[] bytes = TestImages.jpeg(640, 480, 9);
        int filesBefore = storedFiles().size();
        int threads = 8;
        CountDownLatch start = new CountDownLatch(1);
        Callable<String> ingest = () -> {
            start.await();
            return SystemAuthentication.runAsSystem(() -> media.ingest("same.jpg", bytes).key());
        };
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<String>> keys = Stream.generate(() -> pool.submit(ingest)).limit(threads).toList();
            start.countDown();
            for (Future<String> key : keys) {
                assertThat(key.get()).isEqualTo(keys.getFirst().get());
            }
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM media_files WHERE sha256 = ?", Integer.class,
                    keys.getFirst().get())).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(storedFiles()).hasSize(filesBefore + 3);
        assertThat(temporaryFiles()).isEmpty();
    }

    @Test
    @WithMockUser(roles = "VIEWER")
    void viewersCannotUpload() {
        assertThatThrownBy(() -> media.ingest("x.png", TestImages.png(10, 10, 10))).isInstanceOf(AccessDeniedException.class);
    }

    private void assertStored(StoredMedia stored, String mimeType, int width, int height) {
        assertThat(stored.key()).matches("[0-9a-f]{64}");
        assertThat(stored.mimeType()).isEqualTo(mimeType);
        assertThat(stored.width()).isEqualTo(width);
        assertThat(stored.height()).isEqualTo(height);
        for (MediaVariant variant : MediaVariant.values()) {
            assertThat(blobs.exists(stored.key(), variant)).as(variant.name()).isTrue();
        }
        assertThat(media.find(stored.key())).contains(stored);
    }

    private BufferedImage read(String key, MediaVariant variant) throws IOException {
        try (InputStream in = blobs.open(key, variant)) {
            return ImageIO.read(in);
        }
    }

    private String derivedMime(String key) {
        return jdbc.queryForObject("SELECT derived_mime_type FROM media_files WHERE sha256 = ?", String.class, key);
    }

    private int rows() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM media_files", Integer.class);
    }

    private List<Path> storedFiles() throws IOException {
        if (!Files.exists(blobs.root())) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(blobs.root())) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private List<Path> temporaryFiles() throws IOException {
        return storedFiles().stream().filter(path -> path.getFileName().toString().endsWith(".tmp")).toList();
    }
}
