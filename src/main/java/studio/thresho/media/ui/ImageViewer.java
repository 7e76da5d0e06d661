package studio.thresho.media.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.VaadinService;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import studio.thresho.media.MediaService;
import studio.thresho.media.MediaUrls;
import studio.thresho.media.MediaVariant;
import studio.thresho.media.StoredMedia;

/**
 * Any image large: its caption, pixel size, type and file size, previous and next within its group
 * (a character sheet, a gallery, a generation's results) and Download of the original.
 */
public class ImageViewer extends Dialog {

    /** One image of a group, as its owner names it. */
    public record Shown(String mediaKey, String caption) {
    }

    final Image image = new Image();
    final Span caption = new Span();
    final Span facts = new Span();
    final Span position = new Span();
    final Button previous = new Button(VaadinIcon.ANGLE_LEFT.create());
    final Button next = new Button(VaadinIcon.ANGLE_RIGHT.create());
    final Anchor download = new Anchor();

    private final MediaService media;
    private final List<Shown> group;
    private int index;

    ImageViewer(MediaService media, List<Shown> group, int index) {
        this.media = media;
        this.group = List.copyOf(group);
        addClassName("image-viewer");
        setWidth("min(96vw, 1200px)");
        setCloseOnEsc(true);
        setCloseOnOutsideClick(true);
        previous.setAriaLabel("Previous image");
        next.setAriaLabel("Next image");
        previous.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        next.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        previous.addClickListener(click -> show(this.index - 1));
        next.addClickListener(click -> show(this.index + 1));
        previous.addClickShortcut(Key.ARROW_LEFT).listenOn(this);
        next.addClickShortcut(Key.ARROW_RIGHT).listenOn(this);
        download.setText("Download original");
        download.addClassName("image-viewer-download");
        Button close = new Button("Close", click -> close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        image.addClassName("image-viewer-picture");
        caption.addClassName("image-viewer-caption");
        facts.addClassName("image-viewer-facts");
        Div frame = new Div(previous, image, next);
        frame.addClassName("image-viewer-frame");
        Div text = new Div(caption, facts, position);
        text.addClassName("image-viewer-text");
        add(frame, text);
        getFooter().add(download, close);
        show(index);
    }

    /** Opens the viewer on {@code group.get(index)}; the media service is the application's. */
    public static ImageViewer open(List<Shown> group, int index) {
        MediaService media = VaadinService.getCurrent().getInstantiator().getOrCreate(MediaService.class);
        ImageViewer viewer = new ImageViewer(media, group, index);
        viewer.open();
        return viewer;
    }

    /** Makes {@code target} open the viewer on image {@code index} of the group when clicked. */
    public static void opensOnClick(com.vaadin.flow.component.html.Image target, List<Shown> group, int index) {
        target.addClassName("opens-viewer");
        target.getElement().addEventListener("click", event -> open(group, index)).stopPropagation();
    }

    void show(int wanted) {
        index = Math.floorMod(wanted, group.size());
        Shown shown = group.get(index);
        image.setSrc(MediaUrls.of(shown.mediaKey(), MediaVariant.PREVIEW));
        image.setAlt(shown.caption() == null ? "Image" : shown.caption());
        caption.setText(shown.caption() == null ? "" : shown.caption());
        setHeaderTitle(shown.caption() == null ? "Image" : shown.caption());
        Optional<StoredMedia> stored = media.find(shown.mediaKey());
        facts.setText(stored.map(ImageViewer::describe).orElse(""));
        position.setText(group.size() > 1 ? (index + 1) + " of " + group.size() : "");
        previous.setVisible(group.size() > 1);
        next.setVisible(group.size() > 1);
        download.setHref(MediaUrls.of(shown.mediaKey(), MediaVariant.ORIGINAL));
        download.getElement().setAttribute("download", stored.map(StoredMedia::originalFilename).filter(name -> !name.isBlank())
                .orElse(shown.mediaKey()));
    }

    int index() {
        return index;
    }

    static String describe(StoredMedia stored) {
        String type = stored.mimeType() == null ? "" : stored.mimeType().substring(stored.mimeType().indexOf('/') + 1).toUpperCase(Locale.ROOT);
        String pixels = stored.width() == null || stored.height() == null ? "" : stored.width() + " × " + stored.height() + " px · ";
        return pixels + type + " · " + size(stored.sizeBytes());
    }

    private static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ENGLISH, "%.0f KB", bytes / 1024.0);
        }
        return String.format(Locale.ENGLISH, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
