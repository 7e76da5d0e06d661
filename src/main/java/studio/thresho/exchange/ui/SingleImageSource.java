package studio.thresho.exchange.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.streams.UploadEvent;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.function.Consumer;
import studio.thresho.base.UserFacingException;
import studio.thresho.exchange.FolderFiles;
import studio.thresho.exchange.ImportFiles;
import studio.thresho.media.MediaContent;
import studio.thresho.media.MediaService;
import studio.thresho.media.MediaVariant;
import studio.thresho.media.StoredMedia;
import studio.thresho.media.UrlImporter;
import studio.thresho.media.ui.ClipboardPaste;

/**
 * The Import dialog's single-image ways in: an image address typed or pasted into its field, and
 * Ctrl/Cmd+V of an image (or of an address) anywhere in the dialog. The image passes the SSRF-safe
 * download and the ingest checks at once, then becomes a one-asset import named after the file, its
 * image filed as {@code headshot.*} (the headshot of a talent, a reference image for other kinds),
 * so it is previewed, imported and reported like a folder.
 */
class SingleImageSource extends HorizontalLayout {

    static final String PASTED_NAME = "Pasted image";

    final TextField address = new TextField();
    final Button fetch = new Button("Import address", VaadinIcon.DOWNLOAD_ALT.create());

    private final UrlImporter urls;
    private final MediaService media;
    private final Consumer<ImportFiles> onImage;
    private final Consumer<String> onRefused;

    /**
     * @param onImage   receives the one-asset import, under the UI lock
     * @param onRefused receives why an address or a pasted file was refused, under the UI lock
     */
    SingleImageSource(UrlImporter urls, MediaService media, Consumer<ImportFiles> onImage, Consumer<String> onRefused) {
        this.urls = urls;
        this.media = media;
        this.onImage = onImage;
        this.onRefused = onRefused;
        addClassName("import-address");
        setWidthFull();
        setAlignItems(Alignment.BASELINE);
        address.setPlaceholder("or an image address (https://...), or paste an image");
        address.setClearButtonVisible(true);
        address.setWidthFull();
        address.addKeyPressListener(Key.ENTER, enter -> importUrl(address.getValue()));
        fetch.addClickListener(click -> importUrl(address.getValue()));
        add(address, fetch);
    }

    /** Makes Ctrl/Cmd+V of an image or an address anywhere in the component an import. */
    void takePastesIn(Component target) {
        ClipboardPaste.install(target, this::pasted, this::importUrl);
    }

    /** Downloads the image at the address and offers it as a one-asset import. */
    void importUrl(String url) {
        if (url == null || url.isBlank()) {
            return;
        }
        try {
            StoredMedia stored = urls.importImage(url.trim());
            onImage.accept(asImport(stored, nameOf(stored.originalFilename())));
            address.clear();
        } catch (UserFacingException refused) {
            onRefused.accept(refused.getMessage());
        }
    }

    private void pasted(UploadEvent event) {
        UI ui = event.getUI();
        try (InputStream in = event.getInputStream()) {
            StoredMedia stored = media.ingest(event.getFileName(), in, event.getFileSize(), () -> {
            });
            ImportFiles files = asImport(stored, PASTED_NAME);
            ui.access(() -> onImage.accept(files));
        } catch (UserFacingException refused) {
            ui.access(() -> onRefused.accept(refused.getMessage()));
            event.reject(refused.getMessage());
        } catch (IOException broken) {
            ui.access(() -> onRefused.accept("The pasted image broke off while it was sent; paste it again."));
        }
    }

    /** The stored image as the only file of a folder named like the asset it becomes. */
    ImportFiles asImport(StoredMedia stored, String assetName) {
        FolderFiles files = new FolderFiles();
        try (InputStream bytes = media.open(stored.key(), MediaVariant.ORIGINAL).map(MediaContent::bytes)
                .orElseThrow(() -> new UserFacingException("The image was stored but cannot be read back; try again."))) {
            files.add(assetName + "/headshot." + extensionOf(stored.mimeType()), bytes);
            return files;
        } catch (IOException | RuntimeException failed) {
            closeQuietly(files);
            if (failed instanceof UserFacingException refused) {
                throw refused;
            }
            throw new UserFacingException("The image could not be prepared for the import: " + failed.getMessage());
        }
    }

    /** "marcus-portrait.jpg" names the asset "marcus-portrait"; an address without a file name gives "Imported image". */
    static String nameOf(String fileName) {
        String name = fileName == null ? "" : fileName.replaceAll("\\.[A-Za-z0-9]{2,5}$", "").replace('/', ' ').strip();
        return name.isBlank() || name.equals("imported-image") ? "Imported image" : name;
    }

    private static String extensionOf(String mimeType) {
        String subtype = mimeType == null ? "" : mimeType.substring(mimeType.indexOf('/') + 1).toLowerCase(Locale.ROOT);
        return switch (subtype) {
            case "jpeg", "jpg" -> "jpg";
            case "png", "webp", "gif" -> subtype;
            default -> "png";
        };
    }

    private static void closeQuietly(FolderFiles files) {
        try {
            files.close();
        } catch (IOException ignored) {
            // temporary files
        }
    }

}
