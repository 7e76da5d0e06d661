package studio.thresho.wizard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import studio.thresho.asset.AssetDetail;
import studio.thresho.asset.AssetService;
import studio.thresho.asset.ImageType;
import studio.thresho.asset.SheetSlot;
import studio.thresho.asset.Source;
import studio.thresho.provider.storyboard.StoryboardProvider;
import studio.thresho.testsupport.Await;
import studio.thresho.testsupport.KaribuTest;
import studio.thresho.testsupport.Workspace;
import studio.thresho.wizard.IntendedUse;
import studio.thresho.wizard.WizardFixture;
import studio.thresho.wizard.WizardService;
import studio.thresho.wizard.WizardSessionSummary;
import studio.thresho.wizard.WizardSessionView;
import studio.thresho.wizard.WizardStatus;

/** The Talent wizard pages: the five steps with the offline storyboard, and the list of sessions. */
class WizardViewTest extends KaribuTest {

    @Autowired
    Workspace workspace;
    @Autowired
    WizardService wizard;
    @Autowired
    WizardFixture fixture;
    @Autowired
    AssetService assets;

    @BeforeEach
    void editor() {
        workspace.editorInNewProject("Wizard page");
    }

    /** Polls as the page would, until the session has no image in the making. */
    private static WizardSessionView settled(WizardView view) {
        return Await.until(() -> {
            view.refreshIfGenerating();
            return view.session;
        }, session -> !session.generating(), Duration.ofSeconds(60));
    }

    @Test
    void fromADescriptionToASavedTalentInFiveSteps() {
        UI.getCurrent().navigate("wizard/new");
        WizardView view = _get(WizardView.class);
        _click(view.brief.next);
        NotificationsKt.expectNotifications("Describe the character first: who they are and how they look.");

        view.brief.description.setValue(WizardFixture.ELENA);
        view.brief.use.setValue(IntendedUse.INDUSTRY);
        view.brief.industry.setValue("Hospitality");
        view.brief.provider.setValue(view.brief.provider.getListDataView().getItems()
                .filter(provider -> provider.id().equals(StoryboardProvider.ID)).findFirst().orElseThrow());
        _click(view.brief.next);

        view = _get(WizardView.class);
        assertThat(view.session.status()).isEqualTo(WizardStatus.STEP2);
        assertThat(view.headshots.quote.getText()).contains("no paid request");
        assertThat(view.headshots.next.isEnabled()).isFalse();
        view.headshots.count.setValue(4);
        _click(view.headshots.generate);
        settled(view);
        assertThat(view.session.headshots()).hasSize(4);
        assertThat(view.headshots.generate.getText()).isEqualTo("Regenerate all");
        _click(view.headshots.choose.get(1));
        assertThat(view.session.chosenHeadshot().generationId()).isEqualTo(view.session.headshots().get(1).generationId());
        assertThat(view.headshots.sheetQuote.getText()).contains("8 requests");

        _click(view.headshots.next);
        assertThat(view.shownStep).isEqualTo(3);
        settled(view);
        String before = view.session.view(SheetSlot.PROFILE_LEFT).orElseThrow().current().mediaKey();
        _click(view.sheet.regenerate.get(SheetSlot.PROFILE_LEFT));
        settled(view);
        assertThat(view.session.view(SheetSlot.PROFILE_LEFT).orElseThrow().current().mediaKey()).isNotEqualTo(before);
        view.sheet.keep.get(SheetSlot.ACTION_POSE).setValue(false);
        assertThat(view.sheet.keep.get(SheetSlot.ACTION_POSE).getValue()).isFalse();
        assertThat(view.sheet.next.isEnabled()).isTrue();

        _click(view.sheet.next);
        assertThat(view.shownStep).isEqualTo(4);
        assertThat(view.profile.note.getText()).contains("No vision model");
        assertThat(view.profile.physicalDescription.getValue()).isEqualTo(WizardFixture.ELENA);
        _click(view.profile.next);
        NotificationsKt.expectNotifications("Give the talent a name.");
        view.profile.name.setValue("Elena Vasquez");
        view.profile.role.setValue("Hotel concierge");
        view.profile.tags.setValue("hospitality, lead");
        _click(view.profile.next);

        assertThat(view.shownStep).isEqualTo(5);
        Div preview = view.confirm.profile;
        assertThat(preview.getElement().getTextRecursively()).contains("Elena Vasquez", "(Hotel concierge)", "Source: AI generated",
                "Version: v1.0.0", "Character reference sheet", "Physical description", WizardFixture.ELENA, "#hospitality");
        assertThat(_find(preview, Image.class)).as("the headshot and the 7 kept views").hasSize(8);
        String summary = _get(preview, Div.class, spec -> spec.withClasses("detail-text")).getElement().getTextRecursively();
        _click(view.confirm.save);

        WizardSessionView done = wizard.get(view.session.id());
        assertThat(done.status()).isEqualTo(WizardStatus.COMPLETED);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("asset/" + done.talentLineageId());
        assertThat(_get(Div.class, spec -> spec.withClasses("detail-text")).getElement().getTextRecursively())
                .as("the confirmation showed her as the detail view does").isEqualTo(summary);
        AssetDetail elena = assets.get(done.talentLineageId());
        assertThat(elena.source()).isEqualTo(Source.AI_GENERATED);
        assertThat(elena.tags()).contains("hospitality", "lead");
        assertThat(elena.images()).filteredOn(image -> image.type() == ImageType.CHARACTER_SHEET).hasSize(7);
    }

    @Test
    void backGoesToThePreviousStepKeepingTheImagesAndAnotherHeadshotAsksBeforeDroppingTheSheet() {
        WizardSessionView paused = fixture.atStepThree();
        List<String> sheet = paused.views().stream().map(view -> view.current().mediaKey()).toList();
        UI.getCurrent().navigate("wizard/" + paused.id());
        WizardView view = _get(WizardView.class);
        assertThat(view.shownStep).isEqualTo(3);

        _click(view.back);
        assertThat(view.shownStep).isEqualTo(2);
        assertThat(view.session.status()).isEqualTo(WizardStatus.STEP2);
        assertThat(view.session.chosenHeadshot().generationId()).isEqualTo(paused.chosenHeadshot().generationId());
        assertThat(view.session.views()).extracting(sheetView -> sheetView.current().mediaKey()).containsExactlyElementsOf(sheet);

        _click(view.headshots.next);
        assertThat(view.shownStep).isEqualTo(3);
        assertThat(view.session.status()).as("forward again, without making the sheet again").isEqualTo(WizardStatus.STEP3);
        assertThat(view.session.views()).allSatisfy(sheetView -> assertThat(sheetView.attempts()).hasSize(1));

        _click(view.back);
        _click(view.back);
        assertThat(view.shownStep).isEqualTo(1);
        assertThat(view.brief.description.getValue()).isEqualTo(WizardFixture.ELENA);
        _click(view.brief.next);
        assertThat(view.shownStep).isEqualTo(2);

        _click(view.headshots.choose.getFirst());
        ConfirmDialog ask = _get(ConfirmDialog.class);
        assertThat(ask.getElement().getProperty("message")).contains("8 sheet views were made from the current headshot");
        assertThat(view.session.views()).as("nothing dropped before the answer").allMatch(sheetView -> sheetView.current() != null);
        ConfirmDialogKt._fireConfirm(ask);
        assertThat(view.session.chosenHeadshot().generationId()).isEqualTo(view.session.headshots().getFirst().generationId());
        assertThat(view.session.views()).allMatch(sheetView -> sheetView.current() == null);
    }

    @Test
    void theListContinuesAndAbandonsSessions() {
        WizardSessionView paused = fixture.atStepThree();
        UI.getCurrent().navigate("wizard");
        WizardListView list = _get(WizardListView.class);
        List<WizardSessionSummary> rows = GridKt._findAll(list.grid);
        assertThat(rows).filteredOn(row -> row.id().equals(paused.id())).singleElement().satisfies(row -> {
            assertThat(row.status()).isEqualTo(WizardStatus.STEP3);
            assertThat(row.mine()).isTrue();
            assertThat(row.title()).startsWith("Woman in her early 30s");
        });

        UI.getCurrent().navigate("wizard/" + paused.id());
        WizardView view = _get(WizardView.class);
        assertThat(view.shownStep).isEqualTo(3);
        assertThat(view.sheet).isNotNull();
        assertThat(view.session.acceptedViews()).isEqualTo(8);

        UI.getCurrent().navigate("wizard");
        list = _get(WizardListView.class);
        list.confirmAbandon(GridKt._findAll(list.grid).stream().filter(row -> row.id().equals(paused.id())).findFirst().orElseThrow());
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(GridKt._findAll(list.grid)).extracting(WizardSessionSummary::id).doesNotContain(paused.id());
        list.showFinished.setValue(true);
        assertThat(GridKt._findAll(list.grid)).filteredOn(row -> row.id().equals(paused.id())).extracting(WizardSessionSummary::status)
                .containsExactly(WizardStatus.ABANDONED);
    }
}
