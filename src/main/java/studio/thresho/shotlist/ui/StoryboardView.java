package studio.thresho.shotlist.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import studio.thresho.base.UserFacingException;
import studio.thresho.base.ui.Notifications;
import studio.thresho.security.CurrentUser;
import studio.thresho.security.Role;
import studio.thresho.generation.ui.ConsistencyBadge;
import studio.thresho.media.MediaUrls;
import studio.thresho.media.MediaVariant;
import studio.thresho.shotlist.ShotFrames;
import studio.thresho.shotlist.ShotGenerationService;
import studio.thresho.shotlist.ShotListService;
import studio.thresho.shotlist.ShotListSummary;
import studio.thresho.shotlist.ShotRow;
import studio.thresho.shotlist.ShotService;
import studio.thresho.shotlist.StoryboardPdf;

/** A shot list as a storyboard: each shot's selected frame in shot order with its label, title, description, framing and cast. */
@Route("shot-list-storyboard")
@PageTitle("Storyboard · Thresho Studio")
@PermitAll
class StoryboardView extends Div implements HasUrlParameter<String> {

    final H1 title = new H1("Storyboard");
    final Div frames = new Div();
    final Anchor exportPdf;

    private final ShotListService lists;
    private final ShotService shots;
    private final ShotGenerationService generating;
    private final boolean editor;
    private ShotListSummary list;

    StoryboardView(ShotListService lists, ShotService shots, ShotGenerationService generating, StoryboardPdf pdf, CurrentUser currentUser) {
        this.editor = currentUser.require().can(Role.EDITOR);
        this.lists = lists;
        this.shots = shots;
        this.generating = generating;
        addClassName("page");
        addClassName("storyboard-page");
        frames.addClassName("storyboard");
        exportPdf = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(new ByteArrayInputStream(pdf.render(list.id())),
                "storyboard.pdf", "application/pdf", -1)), "Export PDF");
        exportPdf.setId("export-pdf");
        add(new RouterLink("← Shot lists", ShotListsView.class), title, exportPdf, frames);
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        try {
            list = lists.get(UUID.fromString(parameter));
            show();
        } catch (IllegalArgumentException | UserFacingException missing) {
            title.setText("This shot list no longer exists");
            exportPdf.setVisible(false);
        }
    }

    private void show() {
        title.setText("Storyboard · " + list.name());
        Map<UUID, ShotFrames> made = generating.frames(list.id());
        frames.removeAll();
        List<ShotRow> rows = shots.rows(list.id());
        for (ShotRow row : rows) {
            Div card = card(row, made.get(row.id()));
            if (editor) {
                Button move = new Button("Move to #", click -> new MoveToDialog(row.label(), row.position(), rows.size(),
                        position -> moveTo(row, position)).open());
                move.addThemeVariants(ButtonVariant.LUMO_SMALL);
                move.addClassName("storyboard-move");
                card.add(move);
            }
            frames.add(card);
        }
    }

    private void moveTo(ShotRow row, int position) {
        try {
            shots.moveTo(row.id(), position, list.orderVersion());
        } catch (UserFacingException refused) {
            Notifications.error(refused.getMessage());
        }
        list = lists.get(list.id());
        show();
    }

    static String castText(List<studio.thresho.shotlist.CastChip> cast) {
        return cast.stream().map(chip -> chip.name() + " " + chip.versionText()).collect(Collectors.joining(", "));
    }

    private static Div card(ShotRow row, ShotFrames made) {
        Div card = new Div();
        card.addClassName("storyboard-frame");
        String key = made == null ? null : made.selectedFrameKey();
        if (key != null) {
            card.add(new Image(MediaUrls.of(key, MediaVariant.PREVIEW), "Frame of shot " + row.label()));
            ConsistencyBadge.of(made.review(key)).ifPresent(card::add);
        } else {
            Div empty = new Div(new Span(made == null ? "No frame yet" : made.statusLabel() + " · no frame selected"));
            empty.addClassName("storyboard-empty");
            card.add(empty);
        }
        Span label = new Span(row.label() + (row.title() == null ? "" : " · " + row.title()));
        label.addClassName("storyboard-label");
        card.add(label);
        if (row.framing() != null) {
            card.add(new Span(row.framing()));
        }
        if (row.description() != null) {
            card.add(new Paragraph(row.description()));
        }
        if (!row.cast().isEmpty()) {
            Span cast = new Span(castText(row.cast()));
            cast.addClassName("storyboard-cast");
            card.add(cast);
        }
        return card;
    }
}
