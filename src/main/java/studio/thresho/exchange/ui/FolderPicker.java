package studio.thresho.exchange.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import studio.thresho.base.UserFacingException;
import studio.thresho.base.ui.Notifications;
import studio.thresho.exchange.FolderFiles;
import studio.thresho.exchange.ImportFiles;

/**
 * "Choose a folder": a plain {@code <input type=file webkitdirectory multiple>} made with the
 * Element API (the upload component's input sits in its shadow DOM), whose files are posted one by
 * one, each with its {@code X-Relative-Path}, to an upload handler on the input; once the last has
 * arrived the folder is handed on. Paths are cleaned like ZIP entries.
 */
class FolderPicker extends Div {

    static final String DONE_EVENT = "thresho-folder-done";
    private static final String SEND_FILES = """
            const input = this;
            input.addEventListener('change', async () => {
              const files = Array.from(input.files || []);
              for (const file of files) {
                await fetch(input.getAttribute('target'), {method: 'POST', body: file, credentials: 'same-origin',
                  headers: {'X-Filename': encodeURIComponent(file.name),
                            'X-Relative-Path': encodeURIComponent(file.webkitRelativePath || file.name)}});
              }
              input.value = '';
              input.dispatchEvent(new CustomEvent($0, {detail: files.length}));
            });
            """;

    final Element input = new Element("input");
    private final Consumer<ImportFiles> onFolder;
    private FolderFiles receiving;
    private String refusal;

    FolderPicker(Consumer<ImportFiles> onFolder) {
        this.onFolder = onFolder;
        addClassName("folder-picker");
        input.setAttribute("type", "file");
        input.setAttribute("webkitdirectory", true);
        input.setAttribute("multiple", true);
        input.getStyle().set("display", "none");
        UploadHandler eachFile = event -> receive(event.getRequest().getHeader("X-Relative-Path"), event);
        input.setAttribute("target", eachFile);
        input.addEventListener(DONE_EVENT, done -> folderArrived());
        Button choose = new Button("Choose a folder", VaadinIcon.FOLDER_OPEN.create(), click -> input.executeJs("this.click()"));
        getElement().appendChild(input);
        add(choose);
        addAttachListener(attach -> input.executeJs(SEND_FILES, DONE_EVENT));
    }

    private void receive(String encodedPath, UploadEvent event) {
        String path = encodedPath == null ? event.getFileName() : URLDecoder.decode(encodedPath, StandardCharsets.UTF_8);
        synchronized (this) {
            if (receiving == null) {
                receiving = new FolderFiles();
            }
        }
        try {
            receiving.add(path, event.getInputStream());
        } catch (UserFacingException refused) {
            refusal = refused.getMessage();
            event.reject(refused.getMessage());
        } catch (IOException broken) {
            event.reject("The file broke off while it was sent.");
        }
    }

    /** Every file of the chosen folder has been posted. */
    void folderArrived() {
        FolderFiles arrived;
        String refused;
        synchronized (this) {
            arrived = receiving;
            refused = refusal;
            receiving = null;
            refusal = null;
        }
        if (refused != null) {
            Notifications.error(refused);
            closeQuietly(arrived);
        } else if (arrived != null) {
            onFolder.accept(arrived);
        }
    }

    /** Hands a folder on as if the browser had sent it (tests). */
    void received(FolderFiles folder) {
        synchronized (this) {
            receiving = folder;
        }
        folderArrived();
    }

    private static void closeQuietly(FolderFiles files) {
        if (files != null) {
            try {
                files.close();
            } catch (IOException ignored) {
                // temporary files
            }
        }
    }

}
