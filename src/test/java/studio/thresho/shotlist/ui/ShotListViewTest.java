package studio.thresho.shotlist.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.textfield.TextField;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import studio.thresho.asset.AssetDetail;
import studio.thresho.generation.PlanPick;
import studio.thresho.generation.Slot;
import studio.thresho.generation.ui.AssetSelectorDialog;
import studio.thresho.security.TestLogins;
import studio.thresho.shotlist.CastChip;
import studio.thresho.shotlist.CastingFixture;
import studio.thresho.shotlist.CastingService;
import studio.thresho.shotlist.ShotListDraft;
import studio.thresho.shotlist.ShotListService;
import studio.thresho.shotlist.ShotListSummary;
import studio.thresho.shotlist.ShotRow;
import studio.thresho.shotlist.ShotService;
import studio.thresho.testsupport.KaribuTest;

class ShotListViewTest extends KaribuTest {

    @Autowired
    CastingFixture fixture;
    @Autowired
    ShotListService lists;
    @Autowired
    ShotService shots;
    @Autowired
    CastingService casting;

    private final String token = "sl" + UUID.randomUUID().toString().replace("-", "").substring(0, 6);
    private AssetDetail marcus;
    private AssetDetail sofia;
    private AssetDetail james;
    private ShotListSummary list;

    @BeforeEach
    void aListOfFourShots() {
        fixture.editorInNewProject();
        marcus = fixture.talent("Marcus " + token, 911);
        sofia = fixture.talent("Sofia " + token, 912);
        james = fixture.talent("James " + token, 913);
        list = lists.create(ShotListDraft.named("Spot " + token));
        for (int i = 0; i < 4; i++) {
            shots.add(list.id(), null);
        }
    }

    private ShotListView open() {
        UI.getCurrent().navigate(ShotListView.class, list.id().toString());
        return _get(ShotListView.class);
    }

    private static void tick(String name) {
        Checkbox box = _find(Checkbox.class).stream().filter(candidate -> candidate.getAriaLabel().orElse("").equals("Select " + name))
                .findFirst().orElseThrow(() -> new AssertionError("No card for " + name));
        box.setValue(true);
    }

    private void tickRows(ShotListView view, int... indexes) {
        List<ShotRow> rows = rowsOf(view.grid);
        for (int index : indexes) {
            view.grid.select(rows.get(index));
        }
    }

    @Test
    void twoTalentsAreCastIntoThreeTickedShotsThroughTheMultiSelectDialog() {
        ShotListView view = open();
        tickRows(view, 0, 1, 3);

        _click(view.castTalent);
        AssetSelectorDialog dialog = _get(AssetSelectorDialog.class);
        dialog.search.setValue(token);
        tick("Marcus " + token);
        tick("Sofia " + token);
        List<TextField> actions = _find(dialog, TextField.class, spec -> spec.withLabel("Action"));
        assertThat(actions).hasSize(2);
        actions.getFirst().setValue("greeting a client");
        dialog.confirm();

        List<ShotRow> rows = rowsOf(view.grid);
        for (int index : new int[] {0, 1, 3}) {
            assertThat(rows.get(index).castIn(Slot.TALENT)).extracting(CastChip::name)
                    .containsExactlyInAnyOrder("Marcus " + token, "Sofia " + token);
        }
        assertThat(rows.get(2).cast()).isEmpty();
        assertThat(rows.get(3).castIn(Slot.TALENT)).filteredOn(chip -> chip.name().startsWith("Marcus")).singleElement()
                .satisfies(chip -> assertThat(chip.context()).containsEntry("action", "greeting a client"));
    }

    @Test
    void recastShowsThePreviewBeforeAnythingChanges() {
        List<ShotRow> rows = shots.rows(list.id());
        casting.bulkCast(List.of(rows.get(0).id(), rows.get(2).id()),
                List.of(new PlanPick(Slot.TALENT, marcus.lineageId(), null, Map.of("action", "sweeping"))));
        ShotListView view = open();

        _click(view.recast);
        RecastDialog dialog = _get(RecastDialog.class);
        dialog.from.setValue(dialog.from.getListDataView().getItems().findFirst().orElseThrow());
        _click(dialog.chooseReplacement);
        AssetSelectorDialog selector = _get(AssetSelectorDialog.class);
        selector.search.setValue(token);
        tick("James " + token);
        selector.confirm();
        _click(dialog.preview);

        assertThat(_find(dialog, ListItem.class)).extracting(ListItem::getText).containsExactly("1", "3");
        assertThat(dialog.apply.getText()).isEqualTo("Recast 2 shots");
        assertThat(shots.rows(list.id()).getFirst().cast()).extracting(CastChip::lineageId).containsExactly(marcus.lineageId());

        _click(dialog.apply);
        assertThat(rowsOf(view.grid)).extracting(row -> row.cast().stream().map(CastChip::name).toList())
                .containsExactly(List.of("James " + token), List.of(), List.of("James " + token), List.of());
        assertThat(rowsOf(view.grid).getFirst().cast().getFirst().context()).containsEntry("action", "sweeping");
    }

    @Test
    void pinAllLocksTheListAndAnOutdatedPinSaysSo() {
        List<ShotRow> rows = shots.rows(list.id());
        casting.bulkCast(List.of(rows.get(0).id(), rows.get(1).id()), List.of(PlanPick.of(Slot.TALENT, sofia.lineageId())));
        ShotListView view = open();

        _click(view.pinAll);

        assertThat(rowsOf(view.grid).get(0).cast()).singleElement().satisfies(chip -> {
            assertThat(chip.pinnedVersionId()).isEqualTo(sofia.versionId());
            assertThat(chip.versionText()).isEqualTo("v" + sofia.version() + " pinned");
        });
        AssetDetail newer = fixture.newVersion(sofia, "hair", "Long braids");
        view.refresh();
        assertThat(rowsOf(view.grid).get(1).cast().getFirst().versionText())
                .isEqualTo("v" + sofia.version() + " pinned · v" + newer.version() + " active");

        _click(view.updatePins);
        assertThat(rowsOf(view.grid)).allSatisfy(row -> row.cast().forEach(chip -> assertThat(chip.pinOutdated()).isFalse()));
    }

    @Test
    void aShotMovesToAPositionAndItsFieldsAreEditedInTheSidePanel() {
        ShotListView view = open();
        ShotRow last = rowsOf(view.grid).get(3);
        tickRows(view, 3);

        _click(view.moveTo);
        MoveToDialog move = _get(MoveToDialog.class);
        move.position.setValue(1);
        _click(move.primaryButton());
        assertThat(rowsOf(view.grid).getFirst().id()).isEqualTo(last.id());

        com.github.mvysny.kaributesting.v10.GridKt._clickItem(view.grid, 0);
        view.panel.label.setValue("1A");
        view.panel.title.setValue("Marcus greets the client");
        view.panel.framing.setValue("Medium close-up");
        _click(view.panel.save);
        assertThat(rowsOf(view.grid).getFirst()).satisfies(row -> {
            assertThat(row.label()).isEqualTo("1A");
            assertThat(row.title()).isEqualTo("Marcus greets the client");
            assertThat(row.framing()).isEqualTo("Medium close-up");
        });
    }

    @Test
    void rowsAreImportedFromACsvFileAndAnUnknownNameImportsNothing() {
        ShotListView view = open();

        view.csv.importFile(("title,talent\nArrival,Marcus " + token + "\nThe cut,Marcos\n").getBytes(StandardCharsets.UTF_8));
        assertThat(rowsOf(view.grid)).hasSize(4);
        NotificationsKt.expectNotifications("Nothing was imported. Line 3: no talent named \"Marcos\" in the project or the global library.");

        view.csv.importFile(("title,talent\nArrival,Marcus " + token + "\n").getBytes(StandardCharsets.UTF_8));
        assertThat(rowsOf(view.grid)).hasSize(5);
        NotificationsKt.expectNotifications("Imported 1 shots.");
        assertThat(rowsOf(view.grid).get(4).cast()).extracting(CastChip::name).containsExactly("Marcus " + token);
        assertThat(view.csv.export.getHref()).isNotBlank();
    }

    @Test
    void viewersReadTheListWithoutActions() {
        logins.loginAs(TestLogins.VIEWER);
        ShotListView view = open();

        assertThat(rowsOf(view.grid)).hasSize(4);
        assertThat(view.addShot.isVisible() && view.addShot.getParent().orElseThrow().isVisible()).isFalse();
    }
}
