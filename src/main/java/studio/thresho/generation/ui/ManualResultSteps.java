package studio.thresho.generation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.List;
import studio.thresho.base.UserFacingException;
import studio.thresho.base.ui.Notifications;
import studio.thresho.media.MediaService;
import studio.thresho.media.StoredMedia;
import studio.thresho.media.UrlImporter;
import studio.thresho.media.ui.MediaUpload;

/**
 * For a generation of a provider without an API (Midjourney): the command to paste, a copy button,
 * and the upload (or paste) of what it made, attached to the generation as its results. The
 * Generate page collects several images and attaches them with a button; the talent wizard takes
 * one image per view and attaches it as it arrives.
 */
public class ManualResultSteps extends Div {

    /** The command text ends at the first blank line; notes (a left-out reference) follow it. */
    static final String NOTES_SEPARATOR = "\n\n";

    /** Attaches the uploaded images to the generation; refuses with a {@link UserFacingException}. */
    public interface Attach {
        void attach(List<String> mediaKeys);
    }

    public final TextArea command = new TextArea("Paste into Midjourney");
    public final Button copy;
    public final Button attach = new Button("Attach the results");
    public final MediaUpload upload;
    private final List<String> uploaded = new ArrayList<>();
    private final Attach target;
    private final Runnable afterAttempt;
    private final boolean single;

    private ManualResultSteps(String instructions, MediaService media, UrlImporter urls, Attach target, Runnable afterAttempt, boolean single) {
        this.target = target;
        this.afterAttempt = afterAttempt;
        this.single = single;
        addClassName("manual-steps");
        command.setValue(instructions);
        command.setReadOnly(true);
        command.setWidthFull();
        copy = new Button("Copy command", VaadinIcon.COPY_O.create(), click -> {
            command.getElement().executeJs("navigator.clipboard.writeText($0)", commandOf(instructions));
            Notifications.success("Copied: paste it into Midjourney.");
        });
        copy.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        attach.addThemeVariants(ButtonVariant.LUMO_SMALL);
        attach.setEnabled(false);
        attach.addClickListener(click -> attachUploaded());
        upload = new MediaUpload(media, this::accept);
        if (urls != null) {
            upload.withUrlImport(urls);
        }
        add(command, new Div(copy), upload);
        if (!single) {
            add(attach);
        }
    }

    /** The Generate page's steps: any number of images, attached together with a button. */
    public static ManualResultSteps collecting(String instructions, MediaService media, Attach target, Runnable afterAttempt) {
        return new ManualResultSteps(instructions, media, null, target, afterAttempt, false);
    }

    /** One image per generation (a wizard view), uploaded or pasted, attached as soon as it is stored. */
    public static ManualResultSteps single(String instructions, MediaService media, UrlImporter urls, Attach target, Runnable afterAttempt) {
        return new ManualResultSteps(instructions, media, urls, target, afterAttempt, true);
    }

    /** The command without the notes after it: what goes to the clipboard. */
    public static String commandOf(String instructions) {
        return instructions.split(NOTES_SEPARATOR)[0];
    }

    /** An image the upload (or a paste) stored. */
    public void accept(StoredMedia stored) {
        uploaded.add(stored.key());
        if (single) {
            attachUploaded();
            return;
        }
        attach.setEnabled(true);
        attach.setText("Attach " + uploaded.size() + (uploaded.size() == 1 ? " result" : " results"));
    }

    private void attachUploaded() {
        List<String> keys = single ? List.of(uploaded.getLast()) : List.copyOf(uploaded);
        try {
            target.attach(keys);
            Notifications.success("Attached " + keys.size() + (keys.size() == 1 ? " image." : " images."));
        } catch (UserFacingException refused) {
            Notifications.error(refused.getMessage());
        }
        afterAttempt.run();
    }
}
