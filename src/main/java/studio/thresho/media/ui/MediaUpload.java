package studio.thresho.media.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import studio.thresho.base.UserFacingException;
import studio.thresho.media.MediaLimits;
import studio.thresho.media.MediaService;
import studio.thresho.media.StoredMedia;

/**
 * Drop or choose one or many images; each goes through the media pipeline and is reported on its
 * own line, stored or refused with the reason. Stored images are handed to the listener one by
 * one as they finish, or, for {@link #perSelection}, together once every file of the selection
 * has finished (files finish in any order; a selection is filed by its names, not by chance).
 */
public class MediaUpload extends Div {

    static final String[] ACCEPTED = {"image/jpeg", "image/png", "image/webp", "image/gif", ".jpg", ".jpeg", ".png", ".webp", ".gif"};
    public static final int MAX_FILES_PER_DROP = 20;

    /** What happened to one file. */
    record Outcome(String fileName, StoredMedia stored, String refusal) {
    }

    /** A stored file under the name it was chosen with (the store keeps the name of its first upload only). */
    public record Received(String fileName, StoredMedia stored) {
    }

    private final MediaService media;
    private final Consumer<StoredMedia> onStored;
    private final Consumer<List<Received>> onSelection;
    private final List<Received> selection = new ArrayList<>();
    private final Upload upload = new Upload();
    private final Div results = new Div();

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
        Span hint = new Span("JPEG, PNG, WebP or GIF, up to " + MediaLimits.MAX_FILE_BYTES / (1024 * 1024) + " MB and "
                + MediaLimits.MAX_PIXELS / 1_000_000 + " megapixels each");
        hint.addClassName("media-upload-hint");
        results.addClassName("media-upload-results");
        upload.addAllFinishedListener(finished -> {
            // the result lines say what happened; the upload's own list would show a refused file as done. Cleared only
            // now: files still queued (3 upload at a time) are in that list, and the upload counts them as unfinished
            upload.clearFileList();
            selectionFinished();
        });
        add(upload, hint, results);
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        UI ui = attach.getUI();
        // the upload request runs outside the UI lock: ingest there, then report under the lock
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> {
            Outcome outcome = process(metadata.fileName(), bytes);
            ui.access(() -> show(outcome));
        }));
    }

    /** Ingests one file and reports it, as the upload handler does. */
    void receive(String fileName, byte[] bytes) {
        show(process(fileName, bytes));
    }

    private Outcome process(String fileName, byte[] bytes) {
        try {
            return new Outcome(fileName, media.ingest(fileName, bytes), null);
        } catch (UserFacingException refused) {
            return new Outcome(fileName, null, refused.getMessage());
        }
    }

    private void show(Outcome outcome) {
        Span line = new Span();
        line.addClassName("media-upload-result");
        if (outcome.stored() != null) {
            line.add(VaadinIcon.CHECK.create(), new Span(outcome.fileName() + " added"));
            line.addClassName("stored");
            if (onStored != null) {
                onStored.accept(outcome.stored());
            } else {
                selection.add(new Received(outcome.fileName(), outcome.stored()));
            }
        } else {
            line.add(VaadinIcon.WARNING.create(), new Span(outcome.fileName() + ": " + outcome.refusal()));
            line.addClassName("refused");
        }
        results.add(line);
    }

    /** Every file of the selection has finished, as the upload reports when the last one is done. */
    void selectionFinished() {
        if (onSelection != null && !selection.isEmpty()) {
            List<Received> finished = List.copyOf(selection);
            selection.clear();
            onSelection.accept(finished);
        }
    }

    Div results() {
        return results;
    }
}
