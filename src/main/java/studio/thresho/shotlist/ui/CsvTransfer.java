package studio.thresho.shotlist.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;
import java.util.function.Supplier;
import studio.thresho.base.UserFacingException;
import studio.thresho.base.Slugs;
import studio.thresho.base.ui.Notifications;
import studio.thresho.shotlist.ShotCsvService;

/** Export of a list's rows as CSV (anyone who may read it) and import of rows from a CSV file (editors). */
class CsvTransfer extends Div {

    /** One byte over the service's limit, so that it can say how large the file is. */
    private static final int READ_LIMIT = 2 * 1024 * 1024 + 1;

    final Anchor export;
    final Upload upload = new Upload();

    private final ShotCsvService csv;
    private final Supplier<UUID> listId;
    private final Runnable onImported;

    CsvTransfer(ShotCsvService csv, Supplier<UUID> listId, Supplier<String> listName, boolean editor, Runnable onImported) {
        this.csv = csv;
        this.listId = listId;
        this.onImported = onImported;
        addClassName("csv-transfer");
        export = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] file = csv.export(listId.get());
            String slug = Slugs.of(listName.get());
            return new DownloadResponse(new ByteArrayInputStream(file), (slug.isBlank() ? "shot-list" : slug) + ".csv", "text/csv",
                    file.length);
        }), "");
        export.add(new Button("Export CSV", VaadinIcon.DOWNLOAD.create()));
        export.setId("export-csv");
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setMaxFiles(1);
        upload.setUploadButton(new Button("Import CSV…", VaadinIcon.UPLOAD.create()));
        upload.setDropAllowed(false);
        upload.setVisible(editor);
        add(export, upload);
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        UI ui = attach.getUI();
        upload.setUploadHandler(event -> {
            byte[] file;
            try (InputStream in = event.getInputStream()) {
                file = in.readNBytes(READ_LIMIT);
            } catch (IOException broken) {
                ui.access(() -> Notifications.error("The upload broke off before the whole file arrived; try again."));
                return;
            }
            ui.access(() -> importFile(file));
        });
    }

    /** Appends the file's rows, or tells why nothing was imported. */
    void importFile(byte[] file) {
        try {
            int added = csv.importRows(listId.get(), file);
            Notifications.success("Imported " + added + " shots.");
            onImported.run();
        } catch (UserFacingException refused) {
            Notifications.error(refused.getMessage());
        }
        upload.clearFileList();
    }
}
