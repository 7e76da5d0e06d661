package studio.thresho.wizard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import studio.thresho.asset.SheetSlot;
import studio.thresho.generation.GenerationService;
import studio.thresho.generation.GenerationStatus;
import studio.thresho.media.ShareLinkService;
import studio.thresho.provider.midjourney.MidjourneyProvider;
import studio.thresho.provider.storyboard.StoryboardProvider;
import studio.thresho.security.TestLogins;
import studio.thresho.testsupport.IntegrationTest;
import studio.thresho.testsupport.Workspace;

/** The wizard with Midjourney, which has no API: commands to paste, and the user's uploads as the options' and views' results. */
@IntegrationTest
class WizardMidjourneyTest {

    static final String SHARE_PREFIX = "--oref https://studio.thresho.example/share/";

    @Autowired
    WizardFixture fixture;
    @Autowired
    WizardService wizard;
    @Autowired
    WizardImagesService images;
    @Autowired
    ShareLinkService links;
    @Autowired
    GenerationService generations;
    @Autowired
    Workspace workspace;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void editor() {
        workspace.editorInNewProject("Wizard Midjourney");
    }

    @AfterEach
    void signOut() {
        TestLogins.logout();
    }

    /** The share token in a view's command, after {@code --oref}. */
    static String headshotToken(String command) {
        return command.replaceAll("(?s).*--oref https://studio\\.thresho\\.example/share/([A-Za-z0-9_-]{43}).*", "$1");
    }

    @Test
    void eachOptionIsACommandAndTheUploadedImageIsTheOptionToChoose() {
        WizardSessionView session = wizard.start(WizardFixture.brief(MidjourneyProvider.ID));
        assertThat(session.manual()).isTrue();
        assertThat(session.linkWarning()).as("PUBLIC_BASE_URL is set in the tests").isNull();
        images.generateHeadshots(session.id(), WizardLimits.MIN_HEADSHOTS);
        WizardSessionView options = fixture.commandsWritten(session.id());

        assertThat(options.headshots()).hasSize(WizardLimits.MIN_HEADSHOTS).allSatisfy(option -> {
            assertThat(option.awaitingUpload()).isTrue();
            assertThat(option.instructions()).startsWith("/imagine prompt: Headshot portrait of " + WizardFixture.ELENA).doesNotContain("--oref");
        });
        assertThat(options.generating()).as("nothing arrives by itself: the page does not poll").isFalse();
        assertThatThrownBy(() -> images.chooseHeadshot(session.id(), options.headshots().getFirst().generationId()))
                .hasMessageContaining("still being made");

        String made = fixture.upload(7201);
        WizardSessionView attached = images.attachResult(session.id(), options.headshots().getFirst().generationId(), made);

        WizardImage first = attached.headshots().getFirst();
        assertThat(first.ready()).isTrue();
        assertThat(first.mediaKey()).isEqualTo(made);
        assertThat(first.seed()).as("the seed written into its command").isNotNull();
        assertThat(attached.headshots().subList(1, WizardLimits.MIN_HEADSHOTS)).allMatch(WizardImage::awaitingUpload);
        assertThat(images.chooseHeadshot(session.id(), first.generationId()).chosenHeadshot().mediaKey()).isEqualTo(made);

        WizardSessionView again = images.generateHeadshots(session.id(), WizardLimits.MIN_HEADSHOTS);
        assertThat(again.headshots()).extracting(WizardImage::generationId).doesNotContainAnyElementsOf(
                options.headshots().stream().map(WizardImage::generationId).toList());
        assertThat(options.headshots().subList(1, WizardLimits.MIN_HEADSHOTS)).as("the unanswered commands are replaced")
                .allSatisfy(old -> assertThat(generations.get(old.generationId()).status()).isEqualTo(GenerationStatus.CANCELLED));
        assertThat(generations.get(first.generationId()).status()).isEqualTo(GenerationStatus.SUCCEEDED);
        assertThat(again.chosenHeadshot().mediaKey()).isEqualTo(made);
    }

    @Test
    void eachViewsCommandCarriesTheHeadshotsLinkAndAnUploadFillsOnlyThatView() {
        WizardSessionView session = fixture.midjourneyAtStepThree();
        String headshot = session.chosenHeadshot().mediaKey();

        assertThat(session.views()).allSatisfy(view -> {
            String command = view.current().instructions();
            assertThat(command).startsWith("/imagine prompt: Character sheet view \"" + view.slot().label() + "\"")
                    .contains(SHARE_PREFIX, "--ow 100", "--v 7");
            assertThat(links.resolve(headshotToken(command))).as("the link opens the locked headshot").contains(headshot);
        });
        assertThat(session.generating()).isFalse();

        String profileLeft = fixture.upload(7202);
        UUID generation = session.view(SheetSlot.PROFILE_LEFT).orElseThrow().current().generationId();
        WizardSessionView filled = images.attachResult(session.id(), generation, profileLeft);

        SheetViewState view = filled.view(SheetSlot.PROFILE_LEFT).orElseThrow();
        assertThat(view.current().status()).isEqualTo(GenerationStatus.SUCCEEDED);
        assertThat(view.current().mediaKey()).isEqualTo(profileLeft);
        assertThat(view.accepted()).isTrue();
        assertThat(filled.views()).filteredOn(other -> other.slot() != SheetSlot.PROFILE_LEFT)
                .allSatisfy(other -> assertThat(other.current().awaitingUpload()).isTrue());
        assertThat(jdbc.queryForObject("SELECT character_sheet_paths FROM talent_wizard_sessions WHERE id = ?", String.class,
                session.id().toString())).as("saved with the session").contains(profileLeft);

        assertThatThrownBy(() -> images.attachResult(session.id(), generation, fixture.upload(7203))).hasMessageContaining("finished already");

        UUID unanswered = filled.view(SheetSlot.FULL_BODY_BACK).orElseThrow().current().generationId();
        String before = filled.view(SheetSlot.FULL_BODY_BACK).orElseThrow().current().instructions();
        images.regenerateView(session.id(), SheetSlot.FULL_BODY_BACK);
        assertThat(generations.get(unanswered).status()).as("a new command replaces the unanswered one").isEqualTo(GenerationStatus.CANCELLED);
        SheetViewState back = fixture.commandsWritten(session.id()).view(SheetSlot.FULL_BODY_BACK).orElseThrow();
        assertThat(back.attempts()).hasSize(2);
        assertThat(back.inFlight()).isEqualTo(1);
        assertThat(back.current().instructions()).contains(SHARE_PREFIX).isNotEqualTo(before);
        WizardSessionView other = wizard.start(WizardFixture.brief(StoryboardProvider.ID));
        assertThatThrownBy(() -> images.attachResult(other.id(), generation, profileLeft)).hasMessageContaining("not one of this session's");
    }
}
