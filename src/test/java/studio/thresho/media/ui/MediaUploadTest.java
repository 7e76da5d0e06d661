package studio.thresho.media.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.AllFinishedEvent;
import com.vaadin.flow.component.upload.Upload;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import studio.thresho.media.MediaLimits;
import studio.thresho.media.MediaService;
import studio.thresho.media.MediaSlotsProbe;
import studio.thresho.media.StoredMedia;
import studio.thresho.media.TestImages;
import studio.thresho.security.TestLogins;
import studio.thresho.testsupport.Await;
import studio.thresho.testsupport.KaribuTest;

class MediaUploadTest extends KaribuTest {

    static final long TWO_HUNDRED_MB = 200L * 1024 * 1024;

    @Autowired
    MediaService media;
    @Autowired
    MediaSlotsProbe slots;

    private final List<StoredMedia> stored = new ArrayList<>();

    private MediaUpload upload() {
        logins.loginAs(TestLogins.EDITOR);
        MediaUpload upload = new MediaUpload(media, stored::add);
        UI.getCurrent().add(upload);
        return upload;
    }

    private static String report(MediaUpload upload) {
        MockVaadin.clientRoundtrip(false);
        return upload.results().getElement().getTextRecursively();
    }

    @Test
    void eachFileIsReportedStoredOrRefusedWithTheReason() {
        MediaUpload upload = upload();
        byte[] png = TestImages.png(120, 90, 77);
        byte[] text = TestImages.text("<html>not an image</html>");

        upload.receive("marcus.png", png.length, () -> new ByteArrayInputStream(png), UI.getCurrent());
        upload.receive("notes.png", -1, () -> new ByteArrayInputStream(text), UI.getCurrent());

        assertThat(report(upload)).contains("marcus.png added").contains("notes.png: This file is not an image");
        assertThat(stored).singleElement().extracting(StoredMedia::mimeType).isEqualTo("image/png");
    }

    @Test
    void aTwoHundredMegabyteRawUploadIsReadNoFurtherThanTheLimitAndTheReasonShown() {
        MediaUpload upload = upload();
        EndlessBody body = new EndlessBody(TWO_HUNDRED_MB);

        // the browser's own limit removed and no size announced: only the server's reading stops it
        upload.receive("huge.png", -1, () -> body, UI.getCurrent());

        assertThat(body.read.get()).isEqualTo(MediaLimits.MAX_FILE_BYTES + 1);
        assertThat(report(upload)).contains("huge.png: The file is larger than 25 MB.");
        assertThat(stored).isEmpty();
    }

    @Test
    void anAnnouncedSizeOverTheLimitIsRefusedBeforeAByteIsRead() {
        MediaUpload upload = upload();
        EndlessBody body = new EndlessBody(TWO_HUNDRED_MB);

        upload.receive("huge.png", TWO_HUNDRED_MB, () -> body, UI.getCurrent());

        assertThat(body.read.get()).isZero();
        assertThat(report(upload)).contains("huge.png: The file is larger than 25 MB.");
    }

    @Test
    void anImageWaitingForAFreeDecodeSlotSaysSoUntilItsTurnComes() throws Exception {
        MediaUpload upload = upload();
        UI ui = UI.getCurrent();
        SecurityContext editor = SecurityContextHolder.getContext();
        byte[] png = TestImages.png(100, 80, 5);
        CountDownLatch release = new CountDownLatch(1);
        List<CompletableFuture<Void>> busy = slots.occupyAll(release);
        try {
            CompletableFuture<MediaUpload.Outcome> waiting = CompletableFuture.supplyAsync(() -> {
                SecurityContextHolder.setContext(editor);
                return upload.receive("queued.png", png.length, () -> new ByteArrayInputStream(png), ui);
            }, Executors.newVirtualThreadPerTaskExecutor());
            Await.until(() -> report(upload), text -> text.contains("queued.png: " + MediaUpload.WAITING), Duration.ofSeconds(10));

            release.countDown();
            assertThat(waiting.get(10, TimeUnit.SECONDS).stored()).isNotNull();
            assertThat(report(upload)).contains("queued.png added").doesNotContain(MediaUpload.WAITING);
        } finally {
            release.countDown();
            CompletableFuture.allOf(busy.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);
        }
    }

    /** A body that never ends before {@code size} bytes, made up as it is read: nothing of it is held in memory here. */
    static final class EndlessBody extends InputStream {
        final AtomicLong read = new AtomicLong();
        private final long size;

        EndlessBody(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            return read.get() < size ? (int) (read.getAndIncrement() & 0x7F) : -1;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            long left = size - read.get();
            if (left <= 0) {
                return -1;
            }
            int n = (int) Math.min(length, left);
            read.addAndGet(n);
            return n;
        }
    }

    @Test
    void aSelectionIsHandedOverOnceAllItsFilesHaveFinished() {
        logins.loginAs(TestLogins.EDITOR);
        List<List<MediaUpload.Received>> selections = new ArrayList<>();
        MediaUpload upload = MediaUpload.perSelection(media, selections::add);
        UI.getCurrent().add(upload);

        receive(upload, "marcus-left.png", TestImages.png(40, 50, 91));
        receive(upload, "notes.png", TestImages.text("<html>not an image</html>"));
        receive(upload, "marcus-face.png", TestImages.png(40, 50, 92));
        assertThat(selections).isEmpty();

        ComponentUtil.fireEvent(_get(upload, Upload.class), new AllFinishedEvent(_get(upload, Upload.class)));

        assertThat(selections).singleElement().satisfies(files -> assertThat(files).extracting(MediaUpload.Received::fileName)
                .containsExactly("marcus-left.png", "marcus-face.png"));
        upload.selectionFinished();
        assertThat(selections).hasSize(1);
    }

    private static void receive(MediaUpload upload, String name, byte[] bytes) {
        upload.receive(name, bytes.length, () -> new ByteArrayInputStream(bytes), UI.getCurrent());
    }

    @Autowired
    studio.thresho.media.UrlImporter urls;

    @Test
    void anAddressIsImportedLikeAFileAndARefusedOneSaysWhy() {
        MediaUpload upload = upload().withUrlImport(urls);
        upload.addressField().setValue("file:///etc/passwd");

        upload.importUrl(urls, upload.addressField().getValue());

        assertThat(report(upload)).contains("file:///etc/passwd: Only http and https addresses are fetched");
        assertThat(stored).isEmpty();
        // the paste listener's target: an upload handler registered on the element
        assertThat(upload.getElement().getAttribute(ClipboardPaste.TARGET_ATTRIBUTE)).isNotBlank();
        assertThat(upload.getElement().getAttribute("tabindex")).isEqualTo("0");
    }
}
