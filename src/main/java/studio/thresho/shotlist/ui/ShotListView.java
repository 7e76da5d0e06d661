package studio.thresho.shotlist.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import studio.thresho.base.UserFacingException;
import studio.thresho.base.ui.Notifications;
import studio.thresho.generation.Slot;
import studio.thresho.generation.ResultPromotionService;
import studio.thresho.generation.ui.AssetSelectorDialog;
import studio.thresho.generation.ui.PromoteDialog;
import studio.thresho.security.CurrentUser;
import studio.thresho.security.Role;
import studio.thresho.shotlist.BatchProgress;
import studio.thresho.shotlist.CastChip;
import studio.thresho.shotlist.ShotFrames;
import studio.thresho.shotlist.ShotGenerationService;
import studio.thresho.shotlist.CastingService;
import studio.thresho.shotlist.ShotCsvService;
import studio.thresho.shotlist.ShotDraft;
import studio.thresho.shotlist.ShotListService;
import studio.thresho.shotlist.ShotListSummary;
import studio.thresho.shotlist.ShotRow;
import studio.thresho.shotlist.ShotService;

/**
 * One shot list: its rows in order with their cast, ticked for bulk actions (cast, set a slot,
 * recast, pin), reordered by drag or by Move up/down and Move to #, edited in a side panel.
 */
@Route("shot-list")
@PageTitle("Shot list · Thresho Studio")
@PermitAll
class ShotListView extends Div implements HasUrlParameter<String> {

    final Grid<ShotRow> grid = new Grid<>();
    final Button addShot = new Button("Add shot", VaadinIcon.PLUS.create());
    final Button insertShot = new Button("Insert above");
    final Button duplicateShot = new Button("Duplicate");
    final Button deleteShots = new Button("Delete");
    final Button moveUp = new Button(VaadinIcon.ARROW_UP.create());
    final Button moveDown = new Button(VaadinIcon.ARROW_DOWN.create());
    final Button moveTo = new Button("Move to #");
    final Button castTalent = new Button("Cast talent…", VaadinIcon.USERS.create());
    final Button setEnvironment = new Button("Set environment…");
    final Button setLighting = new Button("Set lighting…");
    final Button setStyle = new Button("Set style…");
    final Button recast = new Button("Recast…");
    final Button pinAll = new Button("Pin all to current versions", VaadinIcon.PIN.create());
    final Button updatePins = new Button("Update pins");
    final Button generate = new Button("Generate…", VaadinIcon.MAGIC.create());
    final RouterLink storyboard = new RouterLink();
    final FrameStrip frameStrip;
    final ProgressBar progress = new ProgressBar();
    final Span progressText = new Span();
    final Button cancelBatch = new Button("Cancel batch");
    final H1 title = new H1("Shot list");
    final Span subtitle = new Span();
    final ShotPanel panel;
    final CsvTransfer csv;

    static final int POLL_MILLIS = 2000;

    private final ShotListService lists;
    private final ShotService shots;
    private final CastingService casting;
    private final SelectorCasting selector;
    private final boolean editor;
    private ShotListSummary list;
    private List<ShotRow> rows = List.of();
    private final ShotGenerationService generating;
    private Map<UUID, ShotFrames> frames = Map.of();

    ShotListView(ShotListService lists, ShotService shots, CastingService casting, AssetSelectorDialog.Services selectorServices,
                 ShotCsvService csvService, ShotGenerationService generating, CurrentUser currentUser, ResultPromotionService promotions) {
        this.generating = generating;
        this.lists = lists;
        this.shots = shots;
        this.casting = casting;
        this.selector = new SelectorCasting(selectorServices, casting);
        this.editor = currentUser.require().can(Role.EDITOR);
        addClassName("page");
        addClassName("shot-list-page");
        panel = new ShotPanel(this::save, this::castShot);
        frameStrip = new FrameStrip(editor, this::selectFrame, (generation, result) -> new PromoteDialog(promotions, generation, result).open());
        subtitle.addClassName("view-header-subtitle");
        Div heading = new Div(new RouterLink("← Shot lists", ShotListsView.class), title, subtitle);
        heading.addClassName("view-header-text");
        csv = new CsvTransfer(csvService, () -> list.id(), () -> list.name(), editor, this::refresh);
        storyboard.setText("Storyboard");
        storyboard.setId("open-storyboard");
        cancelBatch.setId("cancel-batch");
        cancelBatch.addClickListener(click -> attempt(() -> Notifications.success("Cancelled " + generating.cancelBatch(list.id())
                + " generations."), null));
        progressText.addClassName("batch-progress");
        Div batch = new Div(progress, progressText, cancelBatch);
        batch.addClassName("batch");
        add(heading, storyboard, csv, toolbar(), batch);
        addAttachListener(attach -> attach.getUI().addPollListener(poll -> refreshIfGenerating()));
        addDetachListener(detach -> detach.getUI().setPollInterval(-1));
        ShotColumns.addTo(grid, editor, this::openChip, chip -> attempt(() -> casting.updatePins(list.id(), Set.of(chip.id())),
                "Pinned " + chip.name() + " to v" + chip.activeVersion() + "."));
        ShotColumns.placeAfter(grid, grid.addColumn(row -> frames.containsKey(row.id()) ? frames.get(row.id()).statusLabel() : "")
                .setHeader("Generation").setKey("generation").setWidth("9em").setFlexGrow(0), "status");
        grid.setSelectionMode(editor ? Grid.SelectionMode.MULTI : Grid.SelectionMode.NONE);
        grid.addItemClickListener(click -> {
            panel.edit(editor ? click.getItem() : null);
            frameStrip.show(click.getItem(), frames.get(click.getItem().id()));
        });
        if (editor) {
            grid.addSelectionListener(change -> enableActions());
            ShotDragging.enable(grid, (shotId, position) -> attempt(() -> shots.moveTo(shotId, position, list.orderVersion()), null));
        }
        Div body = new Div(grid, panel, frameStrip);
        body.addClassName("shot-list-body");
        add(body);
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        try {
            list = lists.get(UUID.fromString(parameter));
            storyboard.setRoute(StoryboardView.class, list.id().toString());
            refresh();
        } catch (IllegalArgumentException | UserFacingException missing) {
            title.setText("This shot list no longer exists");
            grid.setVisible(false);
        }
    }

    private Div toolbar() {
        addShot.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addShot.setId("add-shot");
        castTalent.setId("cast-talent");
        recast.setId("recast");
        pinAll.setId("pin-all");
        updatePins.setId("update-pins");
        addShot.addClickListener(click -> attempt(() -> shots.add(list.id(), list.orderVersion()), null));
        insertShot.addClickListener(click -> attempt(() -> shots.insert(list.id(), single().position(), list.orderVersion()), null));
        duplicateShot.addClickListener(click -> attempt(() -> shots.duplicate(single().id(), list.orderVersion()), null));
        deleteShots.addThemeVariants(ButtonVariant.LUMO_ERROR);
        deleteShots.addClickListener(click -> attempt(() -> shots.delete(list.id(), ticked(), list.orderVersion()),
                "Deleted " + ticked().size() + " shots."));
        moveUp.setAriaLabel("Move up");
        moveUp.addClickListener(click -> move(single().position() - 1));
        moveDown.setAriaLabel("Move down");
        moveDown.addClickListener(click -> move(single().position() + 1));
        moveTo.addClickListener(click -> new MoveToDialog(single().label(), single().position(), rows.size(), this::move).open());
        castTalent.addClickListener(click -> bulkCast(Slot.TALENT));
        setEnvironment.addClickListener(click -> bulkCast(Slot.ENVIRONMENT));
        setLighting.addClickListener(click -> bulkCast(Slot.LIGHTING));
        setStyle.addClickListener(click -> bulkCast(Slot.STYLE));
        recast.addClickListener(click -> new RecastDialog(list.id(), rows, ticked(), casting, selector.services(), this::refresh).open());
        pinAll.addClickListener(click -> attempt(() -> {
            int pinned = casting.pinAll(list.id());
            Notifications.success(pinned == 0 ? "Every chip was pinned already." : "Pinned " + pinned + " chips to their current versions.");
        }, null));
        updatePins.addClickListener(click -> attempt(() -> {
            int updated = casting.updatePins(list.id(), null);
            Notifications.success(updated == 0 ? "Every pin is the active version." : "Updated " + updated + " pins to the active versions.");
        }, null));
        generate.setId("generate-shots");
        generate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        generate.addClickListener(click -> BatchConfirmation.open(generating, list.id(), ticked(), send -> attempt(send, null)));
        Div toolbar = new Div(generate, addShot, insertShot, duplicateShot, deleteShots, moveUp, moveDown, moveTo, castTalent, setEnvironment,
                setLighting, setStyle, recast, pinAll, updatePins);
        toolbar.addClassName("shot-toolbar");
        toolbar.setVisible(editor);
        return toolbar;
    }

    void refresh() {
        list = lists.get(list.id());
        Set<UUID> keep = ticked();
        rows = shots.rows(list.id());
        title.setText(list.name());
        subtitle.setText(list.status().label() + " · " + rows.size() + " shots" + (list.brandName() == null ? "" : " · " + list.brandName()));
        frames = generating.frames(list.id());
        grid.setItems(rows);
        BatchProgress batch = BatchProgress.of(frames.values());
        progress.setValue(batch.finishedShare());
        progressText.setText(batch.summary());
        progress.getParent().ifPresent(parent -> parent.setVisible(batch.total() > 0));
        cancelBatch.setVisible(editor && batch.active());
        getUI().ifPresent(ui -> ui.setPollInterval(batch.active() ? POLL_MILLIS : -1));
        if (editor) {
            rows.stream().filter(row -> keep.contains(row.id())).forEach(grid::select);
        }
        ShotRow editing = panel.row();
        panel.edit(editing == null ? null : rows.stream().filter(row -> row.id().equals(editing.id())).findFirst().orElse(null));
        if (panel.row() != null) {
            frameStrip.show(panel.row(), frames.get(panel.row().id()));
        }
        enableActions();
    }

    /** The list this page shows; null while it shows none. */
    UUID shownListId() {
        return list == null ? null : list.id();
    }

    Set<UUID> ticked() {
        Set<UUID> ids = new LinkedHashSet<>();
        if (!editor) {
            return ids;
        }
        rows.stream().filter(row -> grid.getSelectedItems().stream().anyMatch(selected -> selected.id().equals(row.id())))
                .forEach(row -> ids.add(row.id()));
        return ids;
    }

    private ShotRow single() {
        Set<UUID> ids = ticked();
        if (ids.size() != 1) {
            throw new UserFacingException("Tick exactly one shot for this.");
        }
        return rows.stream().filter(row -> row.id().equals(ids.iterator().next())).findFirst().orElseThrow();
    }

    private void enableActions() {
        int count = ticked().size();
        for (Button one : List.of(insertShot, duplicateShot, moveUp, moveDown, moveTo)) {
            one.setEnabled(count == 1);
        }
        for (Button some : List.of(deleteShots, castTalent, setEnvironment, setLighting, setStyle)) {
            some.setEnabled(count > 0);
        }
        recast.setEnabled(rows.stream().anyMatch(row -> !row.castIn(Slot.TALENT).isEmpty()));
        addShot.setEnabled(list != null);
    }

    /** Names what the batch sends (provider, paid requests) and sends nothing until the user confirms. */
    private void refreshIfGenerating() {
        if (list != null) {
            refresh();
        }
    }

    private void selectFrame(ShotRow row, String mediaKey) {
        attempt(() -> generating.selectFrame(row.id(), mediaKey), "Shot " + row.label() + " has its frame.");
    }

    private void move(int position) {
        ShotRow moving = single();
        attempt(() -> shots.moveTo(moving.id(), position, list.orderVersion()), null);
    }

    private void bulkCast(Slot slot) {
        Set<UUID> shotIds = ticked();
        selector.forShots(shotIds, slot, added -> {
            Notifications.success("Cast into " + shotIds.size() + " shots (" + added + " added).");
            refresh();
        }).open();
    }

    private void castShot(Slot slot) {
        ShotRow row = Objects.requireNonNull(panel.row());
        selector.forShot(row, slot, this::refresh).open();
    }

    private void save(ShotRow row, ShotDraft draft) {
        attempt(() -> shots.update(row.id(), row.lockVersion(), draft), "Saved shot " + (draft.label() == null || draft.label().isBlank()
                ? row.position() : draft.label().strip()) + ".");
    }

    private void openChip(CastChip chip) {
        new ChipDialog(casting, chip, selector.services().versions().history(chip.lineageId()), this::refresh).open();
    }

    /** Runs a change; a refusal (someone else changed it first, a limit) is told and the page shows what is stored now. */
    private void attempt(Runnable action, String success) {
        try {
            action.run();
            if (success != null) {
                Notifications.success(success);
            }
        } catch (UserFacingException refused) {
            Notifications.error(refused.getMessage());
        }
        refresh();
    }
}
