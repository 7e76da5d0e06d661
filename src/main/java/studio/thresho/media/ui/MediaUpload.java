package studio.thresho.media.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.upload.Upload;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import studio.thresho.base.UserFacingException;
import studio.thresho.media.MediaLimits;
import studio.thresho.media.MediaService;
import studio.thresho.media.StoredMedia;
import studio.thresho.media.UrlImporter;

/**
 * Drop or choose one or many images; each goes through the media pipeline and is reported on its
 * own line, stored or refused with the reason. The upload is streamed (never held whole in memory,
 * and read no further than the size limit, whatever the browser was told); an image that waits for
 * a free decode slot says so while it waits. Stored images are handed to the listener one by one as
 * they finish, or, for {@link #perSelection}, together once every file of the selection has
 * finished (files finish in any order; a selection is filed by its names, not by chance).
 */
public class MediaUpload extends Div {

    static final String[] ACCEPTED = {"image/jpeg", "image/png", "image/webp", "image/gif", ".jpg", ".jpeg", ".png", ".webp", ".gif"};
    public static final int MAX_FILES_PER_DROP = 20;
    static final String WAITING = "waiting: other images are being processed";

    /** What happened to one file. */
    record Outcome(String fileName, StoredMedia stored, String refusal) {
    }

    /** A stored file under the name it was chosen with (the store keeps the name of its first upload only). */
    public record Received(String fileName, StoredMedia stored) {
    }

    /** Opens the body of one upload. */
    interface Body {
        InputStream open() throws IOException;
    }

    private final MediaService media;
    private final Consumer<StoredMedia> onStored;
    private final Consumer<List<Received>> onSelection;
    private final List<Received> selection = new ArrayList<>();
    private final Upload upload = new Upload();
    private final Div results = new Div();
    private final Map<String, Span> waiting = new HashMap<>();
    private final UploadPolling polling = new UploadPolling();
    private TextField addressField;

    public MediaUpload(MediaService media, Consumer<StoredMedia> onStored) {
        this(media, onStored, null);
    }

    /** An upload that hands over the stored files of a selection once all of them have finished. */
    public static MediaUpload perSelection(MediaService media, Consumer<List<Received>> onSelection) {
        return new MediaUpload(media, null, onSelection);
    }

    private MediaUpload(MediaService media, Consumer<StoredMedia> onStored, Consumer<List<Received>> onSelection) {
        this.media = media;
        this.onStored = onStored;
        this.onSelection = onSelection;
        addClassName("media-upload");
        upload.setMaxFileSize((int) MediaLimits.MAX_FILE_BYTES);
        upload.setMaxFiles(MAX_FILES_PER_DROP);
        upload.setAcceptedFileTypes(ACCEPTED);
        upload.setDropAllowed(true);
        upload.addFileRejectedListener(rejected -> show(new Outcome(rejected.getFileName(), null, rejected.getErrorMessage())));
        // a waiting image is reported from the upload's request: the page asks for news while uploads run
        upload.getElement().addEventListener("upload-start", start -> polling.start(UI.getCurrent()));
        upload.addAllFinishedListener(finished -> {
            polling.stop(UI.getCurrent());
            // the result lines say what happened; the upload's own list would show a refused file as done. Cleared only
            // now: files still queued (3 upload at a time) are in that list, and the upload counts them as unfinished
            upload.clearFileList();
            selectionFinished();
        });
        Span hint = new Span("JPEG, PNG, WebP or GIF, up to " + MediaLimits.MAX_FILE_BYTES / (1024 * 1024) + " MB and "
                + MediaLimits.MAX_PIXELS / 1_000_000 + " megapixels each");
        hint.addClassName("media-upload-hint");
        results.addClassName("media-upload-results");
        add(upload, hint, results);
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        UI ui = attach.getUI();
        // the upload request runs outside the UI lock: ingest there, then report under the lock
        upload.setUploadHandler(event -> {
            Outcome outcome = receive(event.getFileName(), event.getFileSize(), event::getInputStream, ui);
            if (outcome.refusal() != null) {
                event.reject(outcome.refusal());
            }
        });
    }

    /**
     * Ingests one upload as its request delivers it and reports it through the UI's access queue,
     * as the upload handler does.
     *
     * @param declaredSize the size the browser announced, or -1
     */
    Outcome receive(String fileName, long declaredSize, Body body, UI ui) {
        Outcome outcome;
        try (InputStream in = body.open()) {
            outcome = new Outcome(fileName, media.ingest(fileName, in, declaredSize, () -> ui.access(() -> showWaiting(fileName))), null);
        } catch (UserFacingException refused) {
            outcome = new Outcome(fileName, null, refused.getMessage());
        } catch (IOException | UncheckedIOException broken) {
            outcome = new Outcome(fileName, null, "The upload broke off before the whole file arrived; try again.");
        }
        Outcome result = outcome;
        ui.access(() -> show(result));
        return result;
    }

    private void showWaiting(String fileName) {
        Span line = line(VaadinIcon.HOURGLASS, fileName + ": " + WAITING, "waiting");
        waiting.put(fileName, line);
        results.add(line);
    }

    private void show(Outcome outcome) {
        Span pending = waiting.remove(outcome.fileName());
        if (pending != null) {
            results.remove(pending);
        }
        if (outcome.stored() != null) {
            results.add(line(VaadinIcon.CHECK, outcome.fileName() + " added", "stored"));
            if (onStored != null) {
                onStored.accept(outcome.stored());
            } else {
                selection.add(new Received(outcome.fileName(), outcome.stored()));
            }
        } else {
            results.add(line(VaadinIcon.WARNING, outcome.fileName() + ": " + outcome.refusal(), "refused"));
        }
    }

    /** Every file of the selection has finished, as the upload reports when the last one is done. */
    void selectionFinished() {
        if (onSelection != null && !selection.isEmpty()) {
            List<Received> finished = List.copyOf(selection);
            selection.clear();
            onSelection.accept(finished);
        }
    }

    private static Span line(VaadinIcon icon, String text, String state) {
        Span line = new Span(icon.create(), new Span(text));
        line.addClassNames("media-upload-result", state);
        return line;
    }

    /**
     * Adds the other ways in: an image address to download, and Ctrl/Cmd+V of an image or an
     * address anywhere in this component. Each arrives like an uploaded file, on its own result line.
     */
    public MediaUpload withUrlImport(UrlImporter urls) {
        TextField address = new TextField();
        address.setPlaceholder("or paste an image address (https://...) or an image");
        address.setClearButtonVisible(true);
        address.addClassName("media-upload-address");
        address.setWidthFull();
        Button fetch = new Button("Import", click -> importUrl(urls, address.getValue()));
        address.addKeyPressListener(Key.ENTER, enter -> importUrl(urls, address.getValue()));
        HorizontalLayout row = new HorizontalLayout(address, fetch);
        row.setWidthFull();
        row.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        addComponentAtIndex(1, row);
        ClipboardPaste.install(this, event -> {
            UI ui = event.getUI();
            Outcome outcome = receive(event.getFileName(), event.getFileSize(), event::getInputStream, ui);
            ui.access(this::selectionFinished);
            if (outcome.refusal() != null) {
                event.reject(outcome.refusal());
            }
        }, url -> importUrl(urls, url));
        this.addressField = address;
        return this;
    }

    /** Downloads the image at the address and reports it like an uploaded file. */
    void importUrl(UrlImporter urls, String url) {
        if (url == null || url.isBlank()) {
            return;
        }
        Outcome outcome;
        try {
            outcome = new Outcome(url.trim(), urls.importImage(url), null);
            if (addressField != null) {
                addressField.clear();
            }
        } catch (UserFacingException refused) {
            outcome = new Outcome(url.trim(), null, refused.getMessage());
        }
        show(outcome);
        selectionFinished();
    }

    TextField addressField() {
        return addressField;
    }

    Div results() {
        return results;
    }
}
