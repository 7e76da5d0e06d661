package studio.thresho.media.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import studio.thresho.base.ui.Notifications;
import studio.thresho.media.SharedLink;

/**
 * The public links of one asset or generation: who made each, until when it works, when it was
 * last opened, and a Revoke button for those still working (when the viewer may revoke).
 */
public class ShareLinkList extends Div {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("MMM d, yyyy HH:mm", Locale.ENGLISH)
            .withZone(ZoneId.systemDefault());

    private final Supplier<List<SharedLink>> links;
    private final Consumer<String> revoke;
    private final String none;

    /**
     * @param revoke revokes a link by its id; null when the viewer may not
     * @param none   what to say when there is no link
     */
    public ShareLinkList(Supplier<List<SharedLink>> links, Consumer<String> revoke, String none) {
        this.links = links;
        this.revoke = revoke;
        this.none = none;
        addClassName("share-link-list");
        refresh();
    }

    public void refresh() {
        removeAll();
        List<SharedLink> all = links.get();
        if (all.isEmpty()) {
            Paragraph empty = new Paragraph(none);
            empty.addClassName("dialog-note");
            add(empty);
            return;
        }
        Instant now = Instant.now();
        for (SharedLink link : all) {
            Div row = new Div(new Span(describe(link, now)));
            row.addClassName("share-link");
            if (revoke != null && link.live(now)) {
                Button button = new Button("Revoke", click -> {
                    revoke.accept(link.id());
                    Notifications.success("The link no longer works.");
                    refresh();
                });
                button.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                row.add(button);
            }
            add(row);
        }
    }

    static String describe(SharedLink link, Instant now) {
        String state = link.revokedAt() != null ? "revoked " + WHEN.format(link.revokedAt())
                : link.expiresAt().isAfter(now) ? "works until " + WHEN.format(link.expiresAt())
                : "expired " + WHEN.format(link.expiresAt());
        String by = link.createdBy() == null ? "" : " by " + link.createdBy();
        String opened = link.lastAccessedAt() == null ? "never opened" : "last opened " + WHEN.format(link.lastAccessedAt());
        return switch (link.scope()) {
            case ASSET -> "Share page";
            case IMAGE -> "Image link";
            case FILE -> "File link";
        } + by + ", made "
                + WHEN.format(link.createdAt()) + " · " + state + " · " + opened;
    }
}
