package studio.thresho.shotlist.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
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
import studio.thresho.base.UserFacingException;
import studio.thresho.base.ui.Notifications;
import studio.thresho.security.CurrentUser;
import studio.thresho.security.Role;
import studio.thresho.generation.ResultPromotionService;
import studio.thresho.generation.ui.PromoteDialog;
import studio.thresho.shotlist.ShotFrames;
import studio.thresho.shotlist.ShotGenerationService;
import studio.thresho.shotlist.ShotListService;
import studio.thresho.shotlist.ShotListSummary;
import studio.thresho.shotlist.ShotRow;
import studio.thresho.shotlist.ShotService;
import studio.thresho.shotlist.StoryboardPdf;
import studio.thresho.shotlist.ShotSketches;
import studio.thresho.shotlist.BatchProgress;

/**
 * A shot list as a storyboard: each shot's frame in shot order (the selected frame, else a sketch)
 * with status, label, title, framing, description and cast; reordered by dragging or *Move to #*;
 * a frame opens the shot's results. Follows a running batch until it finishes.
 */
@Route("shot-list-storyboard")
@PageTitle("Storyboard · Thresho Studio")
@PermitAll
class StoryboardView extends Div implements HasUrlParameter<String> {

    static final int POLL_MILLIS = 2000;

    final H1 title = new H1("Storyboard");
    final Div frames = new Div();
    final Anchor exportPdf;
    final Span progressText = new Span();

    private final ShotListService lists;
    private final ShotService shots;
    private final ShotGenerationService generating;
    private final boolean editor;
    private final ShotSketches sketches;
    private final ResultPromotionService promotions;
    private ShotListSummary list;
    private Map<UUID, ShotFrames> made = Map.of();

    StoryboardView(ShotListService lists, ShotService shots, ShotGenerationService generating, StoryboardPdf pdf, ShotSketches sketches,
                   CurrentUser currentUser, ResultPromotionService promotions) {
        this.sketches = sketches;
        this.promotions = promotions;
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
        progressText.addClassName("batch-progress");
        add(new RouterLink("← Shot lists", ShotListsView.class), title, exportPdf, progressText, frames);
        addAttachListener(attach -> attach.getUI().addPollListener(poll -> {
            if (list != null && isAttached()) {
                show();
            }
        }));
        addDetachListener(detach -> {
            if (detach.getUI().getPollInterval() == POLL_MILLIS) {
                detach.getUI().setPollInterval(-1);
            }
        });
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

    void show() {
        title.setText("Storyboard · " + list.name());
        made = generating.frames(list.id());
        frames.removeAll();
        List<ShotRow> rows = shots.rows(list.id());
        for (ShotRow row : rows) {
            StoryboardCard card = new StoryboardCard(row, made.get(row.id()), sketches);
            card.picture.addClickListener(click -> openResults(row));
            if (editor) {
                Button move = new Button("Move to #", click -> new MoveToDialog(row.label(), row.position(), rows.size(),
                        position -> moveTo(row, position)).open());
                move.addThemeVariants(ButtonVariant.LUMO_SMALL);
                move.addClassName("storyboard-move");
                card.add(move);
                card.draggable(this::moveTo);
            }
            frames.add(card);
        }
        BatchProgress batch = BatchProgress.of(made.values());
        progressText.setText(batch.total() == 0 ? "" : batch.summary());
        getUI().ifPresent(ui -> {
            if (batch.active()) {
                ui.setPollInterval(POLL_MILLIS);
            } else if (ui.getPollInterval() == POLL_MILLIS) {
                ui.setPollInterval(-1);
            }
        });
    }

    void openResults(ShotRow row) {
        new ShotResultsDialog(row, made.get(row.id()), editor, this::selectFrame,
                (generation, result) -> new PromoteDialog(promotions, generation, result).open()).open();
    }

    private void selectFrame(ShotRow row, String mediaKey) {
        try {
            generating.selectFrame(row.id(), mediaKey);
            Notifications.success("Shot " + row.label() + " has its frame.");
        } catch (UserFacingException refused) {
            Notifications.error(refused.getMessage());
        }
        show();
    }

    void moveTo(ShotRow row, int position) {
        try {
            shots.moveTo(row.id(), position, list.orderVersion());
        } catch (UserFacingException refused) {
            Notifications.error(refused.getMessage());
        }
        list = lists.get(list.id());
        show();
    }

}
