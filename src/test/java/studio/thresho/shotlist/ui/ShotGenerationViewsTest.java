package studio.thresho.shotlist.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
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
import studio.thresho.testsupport.Await;
import studio.thresho.testsupport.KaribuTest;
import studio.thresho.testsupport.ScriptedProvider;

/** Generating shots from the list page (confirmation, status, Set as frame) and the storyboard page. */
class ShotGenerationViewsTest extends KaribuTest {

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
    ScriptedProvider scripted;
    @Autowired
    BatchNotices notices;

    private ShotListSummary list;

    @BeforeEach
    void aListOfTwoShotsWithMarcus() {
        fixture.editorInNewProject();
        AssetDetail marcus = fixture.talent("Marcus " + UUID.randomUUID().toString().substring(0, 6), 921);
        list = lists.create(new ShotListDraft("Spot " + UUID.randomUUID(), null, ShotListStatus.DRAFT, null, StoryboardProvider.ID, null));
        for (String title : List.of("Arrival", "The cut")) {
            ShotRow row = shots.add(list.id(), null);
            shots.update(row.id(), row.lockVersion(), ShotDraft.of(row).withTitle(title));
            casting.castSlot(row.id(), Slot.TALENT, List.of(PlanPick.of(Slot.TALENT, marcus.lineageId())));
        }
    }

    @AfterEach
    void noCap() {
        scripted.monthlyCap = null;
    }

    @Test
    void theConfirmationNamesTheProviderThePaidRequestsAndTheMonthlyCapLeft() {
        scripted.monthlyCap = 5;
        lists.update(list.id(), new ShotListDraft(list.name(), null, ShotListStatus.DRAFT, null, ScriptedProvider.ID, null));
        UI.getCurrent().navigate(ShotListView.class, list.id().toString());
        ShotListView view = _get(ShotListView.class);
        view.grid.asMultiSelect().select(shots.rows(list.id()));

        _click(view.generate);

        assertThat(_get(Span.class, spec -> spec.withClasses("generation-quote")).getText())
                .isEqualTo("Generate 2 shots: 2 paid requests to " + scripted.displayName() + " (5 of the monthly cap left).");
        assertThat(_get(ConfirmDialog.class).getElement().getProperty("header")).isEqualTo("Generate 2 shots?");
    }

    @Test
    void aBatchThatFinishesWhileTheUserIsElsewhereIsAnnouncedWithALinkToTheList() {
        lists.update(list.id(), new ShotListDraft(list.name(), null, ShotListStatus.DRAFT, null, ScriptedProvider.ID, null));
        notices.follow(UI.getCurrent());
        UI.getCurrent().navigate(ShotListView.class, list.id().toString());
        ShotListView view = _get(ShotListView.class);
        view.grid.asMultiSelect().select(shots.rows(list.id()));
        _click(view.generate);
        java.util.concurrent.CountDownLatch held = scripted.holdNextSubmit();
        try {
            com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
            NotificationsKt.expectNotifications("Sent 2 generations.");
            assertThat(UI.getCurrent().getPollInterval()).as("the page polls while the batch runs").isPositive();
        } finally {
            held.countDown();
        }

        UI.getCurrent().navigate(ShotListsView.class);
        Await.until(() -> generating.frames(list.id()).values(), frames -> frames.stream().noneMatch(ShotFrames::busy)
                && frames.stream().allMatch(shot -> !shot.generations().isEmpty()), Duration.ofSeconds(60));
        ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));

        Notification notice = NotificationsKt.getNotifications().stream()
                .filter(shown -> !_find(shown, RouterLink.class).isEmpty()).findFirst().orElseThrow();
        assertThat(_get(notice, Span.class).getText()).contains("The batch of \u201c" + list.name() + "\u201d has finished: 2 done");
        assertThat(_get(notice, RouterLink.class).getHref()).isEqualTo("shot-list/" + list.id());
        assertThat(UI.getCurrent().getPollInterval()).as("nothing left to follow").isNegative();

        NotificationsKt.clearNotifications();
        ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));
        assertThat(NotificationsKt.getNotifications()).as("told once").isEmpty();
    }

    @Test
    void theTickedShotIsGeneratedAfterTheConfirmationAndItsResultBecomesTheFrameOnTheStoryboard() {
        UI.getCurrent().navigate(ShotListView.class, list.id().toString());
        ShotListView view = _get(ShotListView.class);
        ShotRow first = GridKt._get(view.grid, 0);
        view.grid.select(first);

        _click(view.generate);
        assertThat(_get(Span.class, spec -> spec.withClasses("generation-quote")).getText())
                .isEqualTo("Generate 1 shot: 1 free request to Storyboard (offline).");
        assertThat(generating.frames(list.id()).get(first.id()).generations()).as("nothing is sent before the confirmation").isEmpty();
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        NotificationsKt.expectNotifications("Sent 1 generation.");

        Await.until(() -> generating.frames(list.id()).get(first.id()), shot -> !shot.generations().isEmpty() && !shot.busy(),
                Duration.ofSeconds(60));
        view.refresh();
        assertThat(GridKt._getFormatted(view.grid, 0, "generation")).isEqualTo("Done");
        List<String> keys = view.grid.getColumns().stream().map(com.vaadin.flow.component.grid.Grid.Column::getKey).toList();
        assertThat(keys.indexOf("generation")).as("in sight beside the status, not past the notes").isEqualTo(keys.indexOf("status") + 1);
        assertThat(GridKt._getFormatted(view.grid, 1, "generation")).isEqualTo("Not generated");
        assertThat(view.progressText.getText()).isEqualTo("1 done · 0 running · 0 queued · 0 failed");
        assertThat(view.cancelBatch.isVisible()).isFalse();

        GridKt._clickItem(view.grid, 0);
        assertThat(view.frameStrip.isVisible()).isTrue();
        assertThat(view.frameStrip.setAsFrame).isNotEmpty();
        assertThat(view.frameStrip.saveToLibrary).as("every frame can be saved to the library").isNotEmpty();
        _click(view.frameStrip.saveToLibrary.getFirst());
        _get(studio.thresho.generation.ui.PromoteDialog.class).close();
        _click(view.frameStrip.setAsFrame.getFirst());
        ShotFrames frames = generating.frames(list.id()).get(first.id());
        assertThat(frames.selectedFrameKey()).isEqualTo(frames.results().getFirst().mediaKey());

        UI.getCurrent().navigate(StoryboardView.class, list.id().toString());
        StoryboardView storyboard = _get(StoryboardView.class);
        assertThat(_find(storyboard.frames, Image.class)).filteredOn(image -> !image.hasClassName("storyboard-sketch")).singleElement()
                .satisfies(image -> assertThat(image.getSrc()).contains(frames.selectedFrameKey()));
        assertThat(_find(storyboard.frames, Span.class, spec -> spec.withClasses("storyboard-label"))).extracting(Span::getText)
                .containsExactly("1 · Arrival", "2 · The cut");
        assertThat(storyboard.exportPdf.isVisible()).isTrue();

        _click(_find(storyboard.frames, com.vaadin.flow.component.button.Button.class, spec -> spec.withClasses("storyboard-move")).get(1));
        MoveToDialog move = _get(MoveToDialog.class);
        move.position.setValue(1);
        _click(move.primaryButton());
        assertThat(_find(storyboard.frames, Span.class, spec -> spec.withClasses("storyboard-label"))).extracting(Span::getText)
                .containsExactly("1 · The cut", "2 · Arrival");
    }

    @Test
    void aShotsFramesAndItsStoryboardFrameCarryTheMeasuredConsistencyBadge() {
        ShotRow first = shots.rows(list.id()).getFirst();
        generating.generate(list.id(), generating.quote(list.id(), List.of(first.id())));
        ShotFrames scored = Await.until(() -> generating.frames(list.id()).get(first.id()),
                shot -> !shot.busy() && !shot.results().isEmpty() && shot.review(shot.results().getFirst().mediaKey()) != null
                        && shot.review(shot.results().getFirst().mediaKey()).scored(), Duration.ofSeconds(90));
        String verdict = scored.review(scored.results().getFirst().mediaKey()).verdict().label();

        UI.getCurrent().navigate(ShotListView.class, list.id().toString());
        ShotListView view = _get(ShotListView.class);
        GridKt._clickItem(view.grid, 0);
        assertThat(_find(view.frameStrip, studio.thresho.generation.ui.ConsistencyBadge.class)).singleElement()
                .satisfies(badge -> assertThat(badge.getText()).contains(verdict));
        _click(view.frameStrip.setAsFrame.getFirst());

        UI.getCurrent().navigate(StoryboardView.class, list.id().toString());
        assertThat(_find(_get(StoryboardView.class).frames, studio.thresho.generation.ui.ConsistencyBadge.class)).singleElement()
                .satisfies(badge -> assertThat(badge.getText()).contains(verdict));
    }
}
