package studio.thresho.lora.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;
import studio.thresho.base.UserFacingException;
import studio.thresho.base.ui.Notifications;
import studio.thresho.lora.LoraExportRequest;
import studio.thresho.lora.LoraExportService;
import studio.thresho.lora.LoraExportSummary;

/**
 * Streams the dataset ZIP onto the download response as it is written. A refused choice or a
 * failure aborts the response before the ZIP's central directory (the browser reports a failed
 * download, never a half ZIP) and the page says why.
 */
final class LoraDownload implements DownloadHandler {

    private final LoraExportService exports;
    private final Supplier<List<LoraExportRequest>> requests;
    private final Consumer<List<LoraExportSummary>> done;
    private final AtomicBoolean cancelled = new AtomicBoolean();

    /** @param done called on the UI's thread with the recorded exports */
    LoraDownload(LoraExportService exports, Supplier<List<LoraExportRequest>> requests, Consumer<List<LoraExportSummary>> done) {
        this.exports = exports;
        this.requests = requests;
        this.done = done;
    }

    @Override
    public void handleDownloadRequest(DownloadEvent event) throws IOException {
        UI ui = event.getUI();
        try {
            List<LoraExportRequest> chosen = requests.get();
            event.setFileName(exports.fileName(chosen));
            event.setContentType("application/zip");
            List<LoraExportSummary> recorded = write(chosen, event.getOutputStream());
            ui.access(() -> done.accept(recorded));
        } catch (IOException | UserFacingException failed) {
            ui.access(() -> Notifications.error("The LoRA export stopped: " + failed.getMessage()));
            throw failed instanceof IOException io ? io : new IOException(failed.getMessage(), failed);
        }
    }

    List<LoraExportSummary> write(List<LoraExportRequest> chosen, OutputStream out) throws IOException {
        cancelled.set(false);
        List<LoraExportSummary> recorded = exports.write(chosen, out, cancelled::get);
        out.flush();
        return recorded;
    }
}
