package studio.thresho.shotlist.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import studio.thresho.asset.AssetDetail;
import studio.thresho.generation.PlanPick;
import studio.thresho.generation.Slot;
import studio.thresho.provider.storyboard.StoryboardProvider;
import studio.thresho.shotlist.CastingFixture;
import studio.thresho.shotlist.CastingService;
import studio.thresho.shotlist.ShotDraft;
import studio.thresho.shotlist.ShotFrames;
import studio.thresho.shotlist.ShotGenerationService;
import studio.thresho.shotlist.ShotListDraft;
import studio.thresho.shotlist.ShotListService;
import studio.thresho.shotlist.ShotListStatus;
import studio.thresho.shotlist.ShotListSummary;
import studio.thresho.shotlist.ShotRow;
import studio.thresho.shotlist.ShotService;
import studio.thresho.shotlist.ShotSketches;
import studio.thresho.testsupport.Await;
import studio.thresho.testsupport.KaribuTest;

/** The storyboard page: sketches for shots without a frame, per-frame status, a frame's results side by side and Set as frame. */
class StoryboardViewTest extends KaribuTest {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G'};

    @Autowired
    CastingFixture fixture;
    @Autowired
    ShotListService lists;
    @Autowired
    ShotService shots;
    @Autowired
    CastingService casting;
    @Autowired
    ShotGenerationService generating;
    @Autowired
    ShotSketches sketches;

    private ShotListSummary list;

    @BeforeEach
    void aListOfTwoShotsWithMarcus() {
        fixture.editorInNewProject();
        AssetDetail marcus = fixture.talent("Marcus " + UUID.randomUUID().toString().substring(0, 6), 941);
        list = lists.create(new ShotListDraft("Board " + UUID.randomUUID(), null, ShotListStatus.DRAFT, null, StoryboardProvider.ID, null));
        for (String title : List.of("Arrival", "The cut")) {
            ShotRow row = shots.add(list.id(), null);
            shots.update(row.id(), row.lockVersion(), ShotDraft.of(row).withTitle(title));
            casting.castSlot(row.id(), Slot.TALENT, List.of(PlanPick.of(Slot.TALENT, marcus.lineageId())));
        }
    }

    private List<StoryboardCard> cards(StoryboardView view) {
        return _find(view.frames, StoryboardCard.class);
    }

    @Test
    void aShotWithoutAFrameShowsTheOfflineSketchWithoutAnyGeneration() {
        UI.getCurrent().navigate(StoryboardView.class, list.id().toString());
        StoryboardView view = _get(StoryboardView.class);

        assertThat(cards(view)).hasSize(2).allSatisfy(card -> {
            assertThat(card.picture.hasClassName("storyboard-sketch")).isTrue();
            assertThat(card.picture.getSrc()).isNotBlank();
            assertThat(card.status.getText()).isEqualTo("Not generated · no frame selected");
        });
        byte[] sketch = sketches.sketch(cards(view).getFirst().row);
        assertThat(Arrays.copyOf(sketch, 4)).isEqualTo(PNG_SIGNATURE);
        assertThat(sketches.sketch(cards(view).getFirst().row)).as("the same shot, the same sketch").isEqualTo(sketch);
        assertThat(generating.frames(list.id()).values()).as("no generation record, no job").allSatisfy(shot ->
                assertThat(shot.generations()).isEmpty());
    }

    @Test
    void aFrameOpensTheShotsResultsSideBySideAndOneIsSetAsTheFrame() {
        ShotRow first = shots.rows(list.id()).getFirst();
        generating.generate(list.id(), generating.quote(list.id(), List.of(first.id())));
        Await.until(() -> generating.frames(list.id()).get(first.id()), shot -> !shot.generations().isEmpty() && !shot.busy(),
                Duration.ofSeconds(60));
        generating.generate(list.id(), generating.quote(list.id(), List.of(first.id())));
        ShotFrames made = Await.until(() -> generating.frames(list.id()).get(first.id()),
                shot -> shot.generations().size() == 2 && !shot.busy(), Duration.ofSeconds(60));

        UI.getCurrent().navigate(StoryboardView.class, list.id().toString());
        StoryboardView view = _get(StoryboardView.class);
        assertThat(cards(view).getFirst().status.getText()).isEqualTo("Done · no frame selected");
        assertThat(cards(view).get(1).status.getText()).isEqualTo("Not generated · no frame selected");

        view.openResults(first);
        ShotResultsDialog dialog = _get(ShotResultsDialog.class);
        assertThat(dialog.getHeaderTitle()).isEqualTo("Shot 1 · Arrival");
        assertThat(_find(dialog.results.images, com.vaadin.flow.component.html.Image.class)).hasSize(made.results().size())
                .hasSizeGreaterThanOrEqualTo(2);
        _click(dialog.results.setAsFrame.get(1));

        String chosen = made.results().get(1).mediaKey();
        assertThat(generating.frames(list.id()).get(first.id()).selectedFrameKey()).isEqualTo(chosen);
        StoryboardCard card = cards(view).getFirst();
        assertThat(card.picture.hasClassName("storyboard-sketch")).isFalse();
        assertThat(card.picture.getSrc()).contains(chosen);
        assertThat(card.status.getText()).isEqualTo("Done");
    }
}
