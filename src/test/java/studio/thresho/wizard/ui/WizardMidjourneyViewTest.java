package studio.thresho.wizard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import studio.thresho.asset.SheetSlot;
import studio.thresho.generation.ui.ManualResultSteps;
import studio.thresho.media.MediaService;
import studio.thresho.media.ShareLinkService;
import studio.thresho.media.StoredMedia;
import studio.thresho.media.TestImages;
import studio.thresho.testsupport.KaribuTest;
import studio.thresho.testsupport.Workspace;
import studio.thresho.wizard.SheetViewState;
import studio.thresho.wizard.WizardFixture;
import studio.thresho.wizard.WizardSessionView;

/** The wizard's sheet with Midjourney: each view's command with the headshot's link, and the upload that fills that view only. */
class WizardMidjourneyViewTest extends KaribuTest {

    @Autowired
    Workspace workspace;
    @Autowired
    WizardFixture fixture;
    @Autowired
    MediaService media;
    @Autowired
    ShareLinkService links;

    @BeforeEach
    void editor() {
        workspace.editorInNewProject("Wizard Midjourney page");
    }

    @Test
    void eachViewShowsItsCommandWithTheHeadshotsLinkAndAnUploadFillsThatView() {
        WizardSessionView paused = fixture.midjourneyAtStepThree();
        UI.getCurrent().navigate("wizard/" + paused.id());
        WizardView view = _get(WizardView.class);
        assertThat(view.shownStep).isEqualTo(3);
        assertThat(view.sheet.manual).hasSize(SheetSlot.MAX_VIEWS);
        assertThat(UI.getCurrent().getPollInterval()).as("nothing arrives without the user: no polling").isEqualTo(-1);

        ManualResultSteps profileLeft = view.sheet.manual.get(SheetSlot.PROFILE_LEFT);
        String command = profileLeft.command.getValue();
        assertThat(command).contains("Profile left", "--oref https://studio.thresho.example/share/", "--ow 100");
        String token = command.replaceAll("(?s).*--oref https://studio\\.thresho\\.example/share/([A-Za-z0-9_-]{43}).*", "$1");
        assertThat(links.resolve(token)).contains(paused.chosenHeadshot().mediaKey());
        _click(profileLeft.copy);
        NotificationsKt.expectNotifications("Copied: paste it into Midjourney.");
        assertThat(profileLeft.getChildren().toList()).as("one image per view: it is attached as it arrives")
                .doesNotContain(profileLeft.attach);

        StoredMedia made = media.ingest("profile-left.png", TestImages.png(96, 96, 7301));
        profileLeft.accept(made);

        NotificationsKt.expectNotifications("Attached 1 image.");
        SheetViewState filled = view.session.view(SheetSlot.PROFILE_LEFT).orElseThrow();
        assertThat(filled.current().ready()).isTrue();
        assertThat(filled.current().mediaKey()).isEqualTo(made.key());
        assertThat(view.session.views()).filteredOn(other -> other.slot() != SheetSlot.PROFILE_LEFT)
                .allSatisfy(other -> assertThat(other.current().awaitingUpload()).isTrue());
        assertThat(view.sheet.manual).hasSize(SheetSlot.MAX_VIEWS - 1).doesNotContainKey(SheetSlot.PROFILE_LEFT);
        assertThat(view.sheet.regenerate.get(SheetSlot.PROFILE_LEFT).isEnabled()).isTrue();
    }
}
