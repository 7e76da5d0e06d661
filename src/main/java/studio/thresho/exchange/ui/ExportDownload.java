package studio.thresho.exchange.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;
import studio.thresho.base.UserFacingException;
import studio.thresho.base.ui.Notifications;
import studio.thresho.exchange.ExportProgress;
import studio.thresho.exchange.ExportRequest;
import studio.thresho.exchange.LibraryExportService;

/**
 * Streams an export ZIP onto the download response as it is written: nothing is held in memory
 * or on disk. A failure or a cancel aborts the response before the ZIP's central directory, so the
 * browser reports a failed download instead of saving a half ZIP, and the page says why.
 */
final class ExportDownload implements DownloadHandler {

    private final LibraryExportService exports;
    private final Supplier<ExportRequest> request;
    private final Consumer<ExportProgress> progress;
    private final AtomicBoolean cancelled = new AtomicBoolean();

    /** @param progress called on the UI's thread (through {@code UI.access}) as assets are written */
    ExportDownload(LibraryExportService exports, Supplier<ExportRequest> request, Consumer<ExportProgress> progress) {
        this.exports = exports;
        this.request = request;
        this.progress = progress;
    }

    void cancel() {
        cancelled.set(true);
    }

    @Override
    public void handleDownloadRequest(DownloadEvent event) throws IOException {
        UI ui = event.getUI();
        ExportRequest chosen = request.get();
        cancelled.set(false);
        try {
            event.setFileName(exports.fileName(chosen));
            event.setContentType("application/zip");
            OutputStream out = event.getOutputStream();
            exports.write(chosen, out, step -> ui.access(() -> progress.accept(step)), cancelled::get);
            out.flush();
        } catch (IOException | UserFacingException failed) {
            ui.access(() -> Notifications.error("The export stopped: " + failed.getMessage()));
            throw failed instanceof IOException io ? io : new IOException(failed.getMessage(), failed);
        }
    }
}
