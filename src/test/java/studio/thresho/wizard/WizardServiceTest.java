package studio.thresho.wizard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import studio.thresho.asset.AssetDetail;
import studio.thresho.asset.AssetImageView;
import studio.thresho.asset.ConsistencyService;
import studio.thresho.asset.ConsistencySettings;
import studio.thresho.asset.ImageType;
import studio.thresho.asset.SheetSlot;
import studio.thresho.asset.Source;
import studio.thresho.base.UserFacingException;
import studio.thresho.generation.GenerationService;
import studio.thresho.generation.GenerationView;
import studio.thresho.generation.SentReference;
import studio.thresho.generation.SpendQuote;
import studio.thresho.provider.storyboard.StoryboardProvider;
import studio.thresho.security.TestLogins;
import studio.thresho.testsupport.Await;
import studio.thresho.testsupport.IntegrationTest;
import studio.thresho.testsupport.ScriptedProvider;
import studio.thresho.testsupport.Workspace;

/** The wizard's five steps against the database with the offline storyboard and the scripted provider. */
@IntegrationTest
class WizardServiceTest {

    @Autowired
    WizardFixture fixture;
    @Autowired
    WizardService wizard;
    @Autowired
    WizardImagesService images;
    @Autowired
    WizardTalentService talents;
    @Autowired
    GenerationService generations;
    @Autowired
    ConsistencyService consistency;
    @Autowired
    WizardHousekeeping housekeeping;
    @Autowired
    ScriptedProvider scripted;
    @Autowired
    Workspace workspace;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    studio.thresho.insight.InsightEventRecorder recorder;

    @BeforeEach
    void editor() {
        workspace.editorInNewProject("Wizard");
    }

    @AfterEach
    void signOut() {
        scripted.monthlyCap = null;
        TestLogins.logout();
    }

    @Test
    void theFiveStepsMakeATalentWithHeadshotSheetCompositeDescriptionAndKeptSeed() {
        WizardSessionView started = wizard.start(WizardFixture.brief(StoryboardProvider.ID));
        assertThat(started.status()).isEqualTo(WizardStatus.STEP2);
        SpendQuote quote = wizard.quoteHeadshots(started.id(), 6);
        assertThat(quote.paid()).isFalse();
        assertThat(quote.describe()).contains("no paid request");

        images.generateHeadshots(started.id(), 6);
        WizardSessionView options = fixture.headshotsReady(started.id());
        assertThat(options.headshots()).hasSize(6).allSatisfy(option -> assertThat(option.ready()).isTrue());
        assertThat(options.headshots()).extracting(WizardImage::mediaKey).doesNotHaveDuplicates();
        WizardImage chosen = options.headshots().get(2);
        images.chooseHeadshot(started.id(), chosen.generationId());

        assertThat(wizard.quoteSheet(started.id()).requests()).isEqualTo(8);
        images.generateSheet(started.id());
        WizardSessionView sheet = fixture.sheetSettled(started.id());
        assertThat(sheet.status()).isEqualTo(WizardStatus.STEP3);
        assertThat(sheet.views()).hasSize(8).allSatisfy(view -> assertThat(view.accepted()).isTrue());
        GenerationView front = generations.get(sheet.view(SheetSlot.FRONT_FACE).orElseThrow().current().generationId());
        assertThat(front.wizardSessionId()).isEqualTo(started.id());
        assertThat(front.references()).first().satisfies(reference -> {
            assertThat(reference.mediaKey()).isEqualTo(chosen.mediaKey());
            assertThat(reference.method()).isEqualTo(SentReference.Method.IMAGE);
        });
        assertThat(front.seed()).as("the locked seed").isEqualTo(chosen.seed());

        WizardSessionView profile = talents.toProfile(started.id());
        assertThat(profile.status()).isEqualTo(WizardStatus.STEP4);
        assertThat(profile.profile().physicalDescription()).isEqualTo(WizardFixture.ELENA);
        assertThat(profile.descriptionNote()).contains("No vision model");

        talents.saveProfile(started.id(), new WizardProfile("Elena Vasquez", "Hotel concierge", WizardFixture.ELENA, "early 30s",
                "dark wavy, shoulder-length", "Warm, attentive", "Navy blazer", List.of("hospitality", "lead")));
        AssetDetail elena = talents.saveTalent(started.id(), false);

        assertThat(elena.name()).isEqualTo("Elena Vasquez");
        assertThat(elena.version()).isEqualTo("1.0.0");
        assertThat(elena.source()).isEqualTo(Source.AI_GENERATED);
        assertThat(elena.values()).containsEntry("physical_description", WizardFixture.ELENA).containsEntry("role", "Hotel concierge");
        assertThat(elena.images()).filteredOn(image -> image.type() == ImageType.HEADSHOT).extracting(AssetImageView::mediaKey)
                .containsExactly(chosen.mediaKey());
        assertThat(elena.images()).filteredOn(image -> image.type() == ImageType.CHARACTER_SHEET).extracting(AssetImageView::slot)
                .containsExactlyInAnyOrder(SheetSlot.values());
        assertThat(elena.images()).filteredOn(image -> image.type() == ImageType.COMPOSITE).hasSize(1);
        assertThat(elena.versionNotes()).startsWith("Created by the talent wizard").contains("seed " + chosen.seed());
        ConsistencySettings settings = consistency.get(elena.lineageId());
        assertThat(settings.seeds()).containsExactly(Map.entry(StoryboardProvider.ID, chosen.seed()));
        assertThat(settings.characterReference()).isEqualTo(ConsistencySettings.HEADSHOT);
        assertThat(generations.recent(100)).as("the Generate page's results leave the wizard's images to the wizard")
                .noneMatch(view -> started.id().equals(view.wizardSessionId()));
        WizardSessionView done = wizard.get(started.id());
        assertThat(done.status()).isEqualTo(WizardStatus.COMPLETED);
        assertThat(done.talentLineageId()).isEqualTo(elena.lineageId());
        assertThatThrownBy(() -> talents.saveTalent(started.id(), false)).isInstanceOf(UserFacingException.class);
        recorder.flush();
        assertThat(jdbc.queryForList("SELECT amount FROM insight_events WHERE kind = 'talent_added' AND project_id = ?", Long.class,
                elena.projectId().toString())).as("time to add new talent, timed from the session's start").hasSize(1)
                .allSatisfy(millis -> assertThat(millis).isPositive());
    }

    @Test
    void regeneratingOneViewChangesItsImageAndLeavesTheOthersRecordsUntouched() {
        WizardSessionView sheet = fixture.atStepThree();
        SheetViewState before = sheet.view(SheetSlot.PROFILE_LEFT).orElseThrow();
        Map<UUID, Instant> othersCompleted = new java.util.HashMap<>();
        sheet.views().stream().filter(view -> view.slot() != SheetSlot.PROFILE_LEFT).forEach(view ->
                othersCompleted.put(view.current().generationId(), generations.get(view.current().generationId()).completedAt()));

        images.regenerateView(sheet.id(), SheetSlot.PROFILE_LEFT);
        WizardSessionView after = fixture.sheetSettled(sheet.id());

        SheetViewState left = after.view(SheetSlot.PROFILE_LEFT).orElseThrow();
        assertThat(left.attempts()).hasSize(2).startsWith(before.current().generationId());
        assertThat(left.current().mediaKey()).isNotEqualTo(before.current().mediaKey());
        assertThat(left.current().seed()).isEqualTo(before.current().seed() + 1);
        after.views().stream().filter(view -> view.slot() != SheetSlot.PROFILE_LEFT).forEach(view -> {
            assertThat(view.attempts()).hasSize(1);
            assertThat(othersCompleted).containsEntry(view.current().generationId(),
                    generations.get(view.current().generationId()).completedAt());
        });
    }

    @Test
    void aSessionResumesMidStepThreeFromTheDatabase() {
        WizardSessionView sheet = fixture.atStepThree();
        images.dropView(sheet.id(), SheetSlot.ACTION_POSE, true);

        Map<String, Object> row = jdbc.queryForMap("SELECT status, selected_headshot_path, headshot_seed, JSON_LENGTH(character_sheet_paths) AS views "
                + "FROM talent_wizard_sessions WHERE id = ?", sheet.id().toString());
        assertThat(row).containsEntry("status", "step3").containsEntry("selected_headshot_path", sheet.chosenHeadshot().mediaKey())
                .containsEntry("headshot_seed", String.valueOf(sheet.lockedSeed()));
        assertThat(((Number) row.get("views")).intValue()).isEqualTo(7);

        // a restart keeps nothing in memory: the next user reads the session back from its row
        TestLogins.logout();
        workspace.editorInNewProject("Elsewhere");
        assertThat(wizard.overview(false)).extracting(WizardSessionSummary::id).contains(sheet.id());
        WizardSessionView resumed = wizard.get(sheet.id());
        assertThat(resumed.status()).isEqualTo(WizardStatus.STEP3);
        assertThat(resumed.chosenHeadshot()).isEqualTo(sheet.chosenHeadshot());
        assertThat(resumed.view(SheetSlot.ACTION_POSE).orElseThrow().dropped()).isTrue();
        assertThat(resumed.acceptedViews()).isEqualTo(7);
        assertThat(resumed.sheetEnough()).isTrue();
    }

    @Test
    void theCapIsQuotedAndAStepOverItSendsNothing() {
        scripted.monthlyCap = 5;
        WizardSessionView session = wizard.start(WizardFixture.brief(ScriptedProvider.ID));
        SpendQuote quote = wizard.quoteHeadshots(session.id(), 6);
        assertThat(quote.paid()).isTrue();
        assertThat(quote.capLeft()).isEqualTo(5);
        assertThat(quote.describe()).contains("6 paid requests").contains("5 of this month's cap left");
        int sent = scripted.submitted.size();

        assertThatThrownBy(() -> images.generateHeadshots(session.id(), 6)).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("only 5 are left");
        assertThat(scripted.submitted).hasSize(sent);
        assertThatThrownBy(() -> images.generateHeadshots(session.id(), 7)).hasMessageContaining("4 to 6");
    }

    @Test
    void aProviderErrorOnOneViewMarksThatViewFailedWithTheReason() {
        WizardSessionView session = wizard.start(WizardFixture.brief(ScriptedProvider.ID));
        images.generateHeadshots(session.id(), 4);
        WizardSessionView options = fixture.headshotsReady(session.id());
        images.chooseHeadshot(session.id(), options.headshots().getFirst().generationId());
        scripted.refuseNext("Content moderation flagged the request");
        images.generateSheet(session.id());

        WizardSessionView sheet = Await.until(() -> wizard.get(session.id()),
                view -> view.views().stream().allMatch(state -> state.inFlight() == 0), Duration.ofSeconds(60));

        assertThat(sheet.views()).filteredOn(view -> view.current().failed()).singleElement()
                .satisfies(view -> assertThat(view.current().error()).contains("Content moderation flagged the request"));
        assertThat(sheet.acceptedViews()).isEqualTo(7);
        assertThat(sheet.sheetEnough()).isTrue();
    }

    @Test
    void anUntouchedSessionIsAbandonedAfter30DaysAndItsUnkeptImagesGo30DaysLater() {
        WizardSessionView sheet = fixture.atStepThree();
        images.regenerateView(sheet.id(), SheetSlot.EXPRESSION);
        fixture.sheetSettled(sheet.id());
        Instant now = Instant.now();

        assertThat(housekeeping.run(now.plus(Duration.ofDays(29))).abandoned()).isZero();
        assertThat(housekeeping.run(now.plus(Duration.ofDays(31))).abandoned()).isGreaterThanOrEqualTo(1);
        assertThat(wizard.get(sheet.id()).status()).isEqualTo(WizardStatus.ABANDONED);
        assertThat(housekeeping.run(now.plus(Duration.ofDays(45))).cleaned()).isZero();

        housekeeping.run(now.plus(Duration.ofDays(62)));

        List<String> left = jdbc.queryForList("SELECT id FROM generation_records WHERE wizard_session_id = ?", String.class, sheet.id().toString());
        // kept: the chosen headshot and the current image of each of the 8 views; gone: 5 other options and the first expression
        assertThat(left).hasSize(9).contains(sheet.chosenHeadshot().generationId().toString());
        assertThat(jdbc.queryForObject("SELECT cleaned_at IS NOT NULL FROM talent_wizard_sessions WHERE id = ?", Boolean.class,
                sheet.id().toString())).isTrue();
    }
}
