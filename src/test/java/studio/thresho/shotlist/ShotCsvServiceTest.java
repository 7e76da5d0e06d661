package studio.thresho.shotlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import studio.thresho.asset.AssetDetail;
import studio.thresho.base.UserFacingException;
import studio.thresho.generation.PlanPick;
import studio.thresho.generation.Slot;
import studio.thresho.security.TestLogins;
import studio.thresho.testsupport.IntegrationTest;

/** CSV export and import of shot rows: a round trip, and each refusal with nothing imported. */
@IntegrationTest
class ShotCsvServiceTest {

    @Autowired
    ShotCsvService csv;
    @Autowired
    ShotListService lists;
    @Autowired
    ShotService shots;
    @Autowired
    CastingService casting;
    @Autowired
    CastingFixture fixture;

    private AssetDetail marcus;
    private AssetDetail sofia;
    private AssetDetail shop;
    private ShotListSummary list;

    @BeforeEach
    void aListWithTalent() {
        fixture.editorInNewProject();
        marcus = fixture.talent("Marcus", 921);
        sofia = fixture.talent("Søfia Ñúñez", 922);
        shop = fixture.environment("Downtown Shop", 923);
        list = lists.create(ShotListDraft.named("Spreadsheet spot"));
    }

    @AfterEach
    void signOut() {
        TestLogins.logout();
    }

    private static byte[] file(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aListExportedAndImportedAgainHasTheSameRowsAndCast() {
        ShotRow first = shots.add(list.id(), null);
        shots.update(first.id(), first.lockVersion(), new ShotDraft("1A", "Opening, \"quoted\"", "Marcus unlocks the door\non two lines",
                "Wide", "Eye level", "Static", new BigDecimal("4.5"), "16:9", null, ShotStatus.APPROVED));
        casting.bulkCast(List.of(first.id()), List.of(new PlanPick(Slot.TALENT, marcus.lineageId(), null, Map.of()),
                PlanPick.of(Slot.TALENT, sofia.lineageId()), PlanPick.of(Slot.ENVIRONMENT, shop.lineageId())));
        shots.add(list.id(), lists.get(list.id()).orderVersion());

        byte[] exported = csv.export(list.id());
        ShotListSummary copy = lists.create(ShotListDraft.named("Imported"));
        assertThat(csv.importRows(copy.id(), exported)).isEqualTo(2);

        List<ShotRow> rows = shots.rows(copy.id());
        assertThat(rows).hasSize(2);
        assertThat(rows.getFirst()).satisfies(row -> {
            assertThat(row.label()).isEqualTo("1A");
            assertThat(row.title()).isEqualTo("Opening, \"quoted\"");
            assertThat(row.description()).isEqualTo("Marcus unlocks the door\non two lines");
            assertThat(row.durationSeconds()).isEqualByComparingTo("4.5");
            assertThat(row.status()).isEqualTo(ShotStatus.APPROVED);
            assertThat(row.castIn(Slot.TALENT)).extracting(CastChip::name).containsExactlyInAnyOrder("Marcus", "Søfia Ñúñez");
            assertThat(row.castIn(Slot.ENVIRONMENT)).extracting(CastChip::name).containsExactly("Downtown Shop");
        });
        assertThat(rows.get(1).cast()).isEmpty();
    }

    @Test
    void aRowNamingAnUnknownAssetIsReportedWithItsLineAndNothingIsImported() {
        String text = """
                label,title,talent,environment,lighting
                1,Arrival,marcus,Downtown Shop,Golden Hour Soft
                2,The cut,Marcus; Marcos,,
                """;

        assertThatThrownBy(() -> csv.importRows(list.id(), file(text))).isInstanceOf(UserFacingException.class)
                .hasMessage("Nothing was imported. Line 3: no talent named \"Marcos\" in the project or the global library.");
        assertThat(shots.rows(list.id())).isEmpty();
    }

    @Test
    void badValuesAreReportedPerLine() {
        String text = "title,status,duration_seconds,environment\nA,planned,4,\nB,finished,4,\nC,,x,\nD,,,Downtown Shop; Downtown Shop\n";

        assertThatThrownBy(() -> csv.importRows(list.id(), file(text))).hasMessageStartingWith("Nothing was imported. Line 3: the status")
                .hasMessageContaining("Line 4: the duration \"x\" is not a number of seconds. Line 5: a shot has one environment, this row names 2.");
        assertThat(shots.rows(list.id())).isEmpty();
    }

    @Test
    void aFileOverTwoMegabytesOrFiveHundredRowsIsRefusedWithTheReason() {
        byte[] big = new byte[ShotCsv.MAX_BYTES + 1];
        assertThatThrownBy(() -> csv.importRows(list.id(), big)).hasMessageContaining("at most 2 MB");

        StringBuilder many = new StringBuilder("title\n");
        for (int i = 0; i <= ShotLimits.MAX_SHOTS; i++) {
            many.append("Shot ").append(i).append('\n');
        }
        assertThatThrownBy(() -> csv.importRows(list.id(), file(many.toString()))).hasMessage(
                "The file has more than 500 rows; a shot list holds at most 500 shots.");
        assertThatThrownBy(() -> csv.importRows(list.id(), file("name,framing\nA,Wide\n"))).hasMessageStartingWith(
                "The file has no column \"title\"");
        assertThat(shots.rows(list.id())).isEmpty();
    }
}
