package studio.thresho.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import studio.thresho.asset.AssetDetail;
import studio.thresho.generation.PlanPick;
import studio.thresho.generation.Slot;
import studio.thresho.shotlist.BatchQuote;
import studio.thresho.shotlist.CastingFixture;
import studio.thresho.shotlist.CastingService;
import studio.thresho.shotlist.ShotDraft;
import studio.thresho.shotlist.ShotGenerationService;
import studio.thresho.shotlist.ShotListDraft;
import studio.thresho.shotlist.ShotListService;
import studio.thresho.shotlist.ShotListStatus;
import studio.thresho.shotlist.ShotListSummary;
import studio.thresho.shotlist.ShotPlanningService;
import studio.thresho.shotlist.ShotRow;
import studio.thresho.shotlist.ShotService;
import studio.thresho.testsupport.KaribuTest;
import studio.thresho.testsupport.ScriptedProvider;

/**
 * {@code ./mvnw test -Pbench}: a list of 200 shots ({@code -Dbench.shots}), each with a talent and an environment,
 * then timed: opening its page (the whole view, built by Karibu), planning every shot's prompt, and
 * enqueueing a generation per shot (the provider holds its answers, so only the enqueueing is timed).
 * Appends to target/bench-results.txt.
 */
class ShotListBenchmark extends KaribuTest {

    static final int SHOTS = Integer.getInteger("bench.shots", 200);
    static final int RUNS = 10;

    @Autowired
    CastingFixture fixture;
    @Autowired
    ShotListService lists;
    @Autowired
    ShotService shots;
    @Autowired
    CastingService casting;
    @Autowired
    ShotPlanningService planning;
    @Autowired
    ShotGenerationService generating;
    @Autowired
    ScriptedProvider scripted;

    @AfterEach
    void release() {
        scripted.limit = 4;
    }

    @Test
    void aListOfTwoHundredShots() throws IOException {
        fixture.editorInNewProject();
        List<AssetDetail> talents = List.of(fixture.talent("Marcus", 1), fixture.talent("Zoë", 2), fixture.talent("山田", 3));
        AssetDetail shop = fixture.environment("Barbershop", 4);
        ShotListSummary list = lists.create(new ShotListDraft("Bench " + UUID.randomUUID(), null, ShotListStatus.DRAFT, null,
                ScriptedProvider.ID, null));
        for (int i = 0; i < SHOTS; i++) {
            ShotRow row = shots.add(list.id(), null);
            shots.update(row.id(), row.lockVersion(), ShotDraft.of(row).withTitle("Shot " + (i + 1)));
            casting.castSlot(row.id(), Slot.TALENT, List.of(PlanPick.of(Slot.TALENT, talents.get(i % talents.size()).lineageId())));
            casting.castSlot(row.id(), Slot.ENVIRONMENT, List.of(PlanPick.of(Slot.ENVIRONMENT, shop.lineageId())));
        }

        List<String> report = new ArrayList<>();
        report.add(String.format("Shot list benchmark: %d shots (%d cores)", SHOTS, Runtime.getRuntime().availableProcessors()));
        report.add(measure("open the list's page (" + SHOTS + " rows)", () -> UI.getCurrent().navigate("shot-lists"),
                () -> UI.getCurrent().navigate("shot-list/" + list.id())));
        report.add(measure("plan all " + SHOTS + " prompts", () -> { }, () -> planning.planAll(list.id())));

        scripted.limit = 1;
        var held = scripted.holdNextSubmit();
        long start = System.nanoTime();
        BatchQuote quote = generating.quote(list.id(), Set.of());
        ShotGenerationService.BatchOutcome outcome = generating.generate(list.id(), quote);
        long enqueued = System.nanoTime() - start;
        held.countDown();
        report.add(String.format("%-45s once   %7.1f ms", "quote + enqueue " + SHOTS + " generations", enqueued / 1e6));
        assertThat(outcome.sent()).isEqualTo(SHOTS);

        report.forEach(System.out::println);
        Files.write(Path.of("target", "bench-results.txt"), report, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        generating.cancelBatch(list.id());
    }

    /** Times {@code operation} after an untimed {@code before} each run. */
    private static String measure(String name, Runnable before, Runnable operation) {
        for (int i = 0; i < 3; i++) {
            before.run();
            operation.run();
        }
        long[] micros = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            before.run();
            long start = System.nanoTime();
            operation.run();
            micros[i] = (System.nanoTime() - start) / 1_000;
        }
        Arrays.sort(micros);
        return String.format("%-45s p50 %7.1f ms   max %7.1f ms", name, micros[RUNS / 2] / 1000.0, micros[RUNS - 1] / 1000.0);
    }
}
