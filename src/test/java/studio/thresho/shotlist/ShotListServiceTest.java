package studio.thresho.shotlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import studio.thresho.asset.AssetDetail;
import studio.thresho.asset.AssetUsageService;
import studio.thresho.base.UserFacingException;
import studio.thresho.generation.PlanPick;
import studio.thresho.generation.Slot;
import studio.thresho.security.TestLogins;
import studio.thresho.testsupport.IntegrationTest;

/** Shot lists on the database: order and Move to #, bulk cast and recast, pins, duplicates, usage, two editors at once. */
@IntegrationTest
class ShotListServiceTest {

    @Autowired
    ShotListService lists;
    @Autowired
    ShotService shots;
    @Autowired
    CastingService casting;
    @Autowired
    ShotPlanningService planning;
    @Autowired
    AssetUsageService usage;
    @Autowired
    CastingFixture fixture;
    @Autowired
    JdbcTemplate jdbc;

    private AssetDetail marcus;
    private AssetDetail sofia;
    private AssetDetail james;
    private AssetDetail shop;
    private ShotListSummary list;

    @BeforeEach
    void aListWithTalent() {
        fixture.editorInNewProject();
        marcus = fixture.talent("Marcus", 901);
        sofia = fixture.talent("Sofia", 902);
        james = fixture.talent("James", 903);
        shop = fixture.environment("Downtown Shop", 904);
        list = lists.create(ShotListDraft.named("Q1 Barbershop Spot"));
    }

    @AfterEach
    void signOut() {
        TestLogins.logout();
    }

    private List<ShotRow> threeShots(String... titles) {
        for (String title : titles) {
            ShotRow row = shots.add(list.id(), null);
            shots.update(row.id(), row.lockVersion(), ShotDraft.of(row).withTitle(title));
        }
        return shots.rows(list.id());
    }

    private long order() {
        return lists.get(list.id()).orderVersion();
    }

    @Test
    void rowsKeepTheirOrderAndMoveToAPosition() {
        List<ShotRow> rows = threeShots("Arrival", "The cut", "Mirror");
        assertThat(rows).extracting(ShotRow::label).containsExactly("1", "2", "3");

        shots.moveTo(rows.get(2).id(), 1, order());
        assertThat(shots.rows(list.id())).extracting(ShotRow::title).containsExactly("Mirror", "Arrival", "The cut");

        shots.insert(list.id(), 2, order());
        assertThat(shots.rows(list.id())).extracting(ShotRow::title).containsExactly("Mirror", null, "Arrival", "The cut");

        shots.moveTo(rows.get(2).id(), 99, order());
        shots.delete(list.id(), List.of(shots.rows(list.id()).getFirst().id()), order());
        assertThat(shots.rows(list.id())).extracting(ShotRow::title).containsExactly("Arrival", "The cut", "Mirror");
        assertThat(lists.get(list.id()).shotCount()).isEqualTo(3);
    }

    @Test
    void aSecondEditorIsToldWhenTheOrderOrTheShotChangedMeanwhile() {
        List<ShotRow> rows = threeShots("Arrival", "The cut");
        long seen = order();
        shots.moveTo(rows.get(1).id(), 1, seen);

        assertThatThrownBy(() -> shots.moveTo(rows.get(0).id(), 2, seen)).isInstanceOf(UserFacingException.class)
                .hasMessage(ShotService.ORDER_CHANGED);
        assertThat(shots.rows(list.id())).extracting(ShotRow::title).containsExactly("The cut", "Arrival");

        ShotRow held = shots.rows(list.id()).getFirst();
        shots.update(held.id(), held.lockVersion(), ShotDraft.of(held).withTitle("The cut, first take"));
        assertThatThrownBy(() -> shots.update(held.id(), held.lockVersion(), ShotDraft.of(held).withTitle("Mine")))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("changed by someone else meanwhile");
        assertThat(shots.row(held.id()).title()).isEqualTo("The cut, first take");
    }

    @Test
    void bulkCastAddsTheTalentsAndTheirContextToEveryTickedShot() {
        List<ShotRow> rows = threeShots("Arrival", "The cut", "Mirror");
        List<UUID> ticked = List.of(rows.get(0).id(), rows.get(2).id());

        int added = casting.bulkCast(ticked, List.of(new PlanPick(Slot.TALENT, marcus.lineageId(), null, Map.of("action", "smiling")),
                PlanPick.of(Slot.TALENT, sofia.lineageId()), PlanPick.of(Slot.ENVIRONMENT, shop.lineageId())));

        assertThat(added).isEqualTo(6);
        List<ShotRow> after = shots.rows(list.id());
        assertThat(after.get(0).cast()).extracting(CastChip::name).containsExactlyInAnyOrder("Marcus", "Sofia", "Downtown Shop");
        assertThat(after.get(1).cast()).isEmpty();
        assertThat(after.get(2).castIn(Slot.TALENT)).filteredOn(chip -> chip.name().equals("Marcus")).singleElement()
                .satisfies(chip -> assertThat(chip.context()).containsEntry("action", "smiling"));
        assertThat(casting.bulkCast(ticked, List.of(PlanPick.of(Slot.TALENT, marcus.lineageId())))).as("already cast").isZero();
        assertThat(planning.plan(after.get(0).id()).prompt()).contains("Marcus", "Sofia", "smiling");
    }

    @Test
    void castingIsRecordedInTheAssetsUsageHistoryWithTheListAndShot() {
        ShotRow row = threeShots("Arrival").getFirst();

        casting.castSlot(row.id(), Slot.TALENT, List.of(PlanPick.of(Slot.TALENT, marcus.lineageId())));

        assertThat(usage.history(marcus.lineageId(), 5)).singleElement().satisfies(use -> {
            assertThat(use.shotId()).isEqualTo(row.id());
            assertThat(use.version()).isEqualTo(marcus.version());
            assertThat(use.shotList()).isEqualTo("Q1 Barbershop Spot");
            assertThat(use.shotLabel()).isEqualTo("1");
        });
        assertThat(jdbc.queryForObject("SELECT JSON_VALUE(context_data, '$.shot_list') FROM asset_usage WHERE shot_id = ?",
                String.class, row.id().toString())).isEqualTo("Q1 Barbershop Spot");
    }

    @Test
    void recastReplacesOneTalentByAnotherKeepingEachShotsContext() {
        List<ShotRow> rows = threeShots("Arrival", "The cut", "Mirror");
        casting.bulkCast(List.of(rows.get(0).id(), rows.get(1).id()),
                List.of(new PlanPick(Slot.TALENT, marcus.lineageId(), null, Map.of("action", "sweeping the floor"))));

        RecastPreview preview = casting.previewRecast(list.id(), marcus.lineageId(), james.lineageId(), null);
        assertThat(preview.changing()).extracting(ShotRow::title).containsExactly("Arrival", "The cut");
        assertThat(shots.rows(list.id()).getFirst().cast()).extracting(CastChip::name).as("a preview changes nothing").containsExactly("Marcus");

        assertThat(casting.recast(list.id(), marcus.lineageId(), james.lineageId(), List.of(rows.get(1).id()))).isEqualTo(1);
        List<ShotRow> after = shots.rows(list.id());
        assertThat(after.get(0).cast()).extracting(CastChip::name).containsExactly("Marcus");
        assertThat(after.get(1).cast()).singleElement().satisfies(chip -> {
            assertThat(chip.name()).isEqualTo("James");
            assertThat(chip.context()).containsEntry("action", "sweeping the floor");
        });
    }

    @Test
    void pinsHoldAVersionUntilUpdated() {
        List<ShotRow> rows = threeShots("Arrival", "The cut");
        casting.bulkCast(rows.stream().map(ShotRow::id).toList(), List.of(PlanPick.of(Slot.TALENT, marcus.lineageId())));

        assertThat(casting.pinAll(list.id())).isEqualTo(2);
        AssetDetail newer = fixture.newVersion(marcus, "hair", "Short fade");

        CastChip chip = shots.rows(list.id()).getFirst().cast().getFirst();
        assertThat(chip.pinOutdated()).isTrue();
        assertThat(chip.versionText()).isEqualTo("v" + marcus.version() + " pinned · v" + newer.version() + " active");
        assertThat(planning.request(rows.getFirst().id()).picks()).singleElement()
                .satisfies(pick -> assertThat(pick.pinnedVersionId()).isEqualTo(marcus.versionId()));

        assertThat(casting.updatePins(list.id(), List.of(chip.id()))).isEqualTo(1);
        assertThat(shots.rows(list.id())).extracting(row -> row.cast().getFirst().versionText())
                .containsExactly("v" + newer.version() + " pinned", "v" + marcus.version() + " pinned · v" + newer.version() + " active");
        assertThat(casting.updatePins(list.id(), null)).isEqualTo(1);

        casting.pin(chip.id(), null);
        assertThat(shots.rows(list.id()).getFirst().cast().getFirst().pinned()).isFalse();
    }

    @Test
    void aDuplicatedListKeepsEveryCastContextAndPin() {
        List<ShotRow> rows = threeShots("Arrival", "The cut");
        shots.update(rows.get(1).id(), rows.get(1).lockVersion(), ShotDraft.of(rows.get(1)).withLabel("2B"));
        casting.castSlot(rows.get(0).id(), Slot.TALENT, List.of(new PlanPick(Slot.TALENT, marcus.lineageId(), marcus.versionId(),
                Map.of("expression", "confident"))));

        ShotListSummary copy = lists.duplicate(list.id());

        assertThat(copy.name()).isEqualTo("Q1 Barbershop Spot (copy)");
        List<ShotRow> copied = shots.rows(copy.id());
        assertThat(copied).extracting(ShotRow::label, ShotRow::title)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("1", "Arrival"), org.assertj.core.groups.Tuple.tuple("2B", "The cut"));
        assertThat(copied.getFirst().cast()).singleElement().satisfies(chip -> {
            assertThat(chip.pinnedVersionId()).isEqualTo(marcus.versionId());
            assertThat(chip.context()).containsEntry("expression", "confident");
        });
        assertThat(lists.duplicate(list.id()).name()).isEqualTo("Q1 Barbershop Spot (copy 2)");
    }

    @Test
    void limitsAreRefusedWithAMessage() {
        ShotRow row = threeShots("Arrival").getFirst();
        assertThatThrownBy(() -> shots.update(row.id(), row.lockVersion(), ShotDraft.of(row).withLabel("L".repeat(21))))
                .isInstanceOf(UserFacingException.class).hasMessage("The label can hold at most 20 characters; this has 21.");
        assertThatThrownBy(() -> lists.create(ShotListDraft.named(" "))).hasMessage("Name is required.");
        lists.archive(list.id(), true);
        assertThat(lists.overview(false)).extracting(ShotListSummary::id).doesNotContain(list.id());
        assertThat(lists.overview(true)).extracting(ShotListSummary::id).contains(list.id());
        lists.delete(list.id());
        assertThat(lists.overview(true)).isEmpty();
    }
}
