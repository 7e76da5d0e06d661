package studio.thresho.generation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import studio.thresho.asset.AssetDetail;
import studio.thresho.asset.AssetDraft;
import studio.thresho.asset.AssetService;
import studio.thresho.asset.ImageSet;
import studio.thresho.asset.ImageType;
import studio.thresho.asset.VersionRequest;
import studio.thresho.generation.GenerationStatus;
import studio.thresho.generation.GenerationView;
import studio.thresho.generation.Slot;
import studio.thresho.provider.storyboard.StoryboardProvider;
import studio.thresho.media.MediaService;
import studio.thresho.media.TestImages;
import studio.thresho.project.CurrentProjectService;
import studio.thresho.project.ProjectService;
import studio.thresho.project.ProjectSummary;
import studio.thresho.security.SystemAuthentication;
import studio.thresho.security.TestLogins;
import studio.thresho.testsupport.KaribuTest;

/** The Generate page: pick through the selector, give context, see the prompt, generate offline, promote a result. */
class GenerateViewTest extends KaribuTest {

    static final UUID GOLDEN_HOUR = UUID.fromString("00000000-0000-4000-8000-000000000201");

    @Autowired
    ProjectService projects;
    @Autowired
    CurrentProjectService currentProject;
    @Autowired
    AssetService assets;
    @Autowired
    MediaService media;
    @Autowired
    studio.thresho.asset.ConsistencyService consistency;
    @Autowired
    studio.thresho.asset.category.CategoryService categories;

    private final String token = "gv" + UUID.randomUUID().toString().replace("-", "").substring(0, 6);
    private AssetDetail marcus;
    private AssetDetail sofia;
    private AssetDetail shop;
    private ProjectSummary project;

    @BeforeEach
    void aSmallCast() {
        project = SystemAuthentication.runAsSystem(() -> projects.create("Generate " + UUID.randomUUID(), null));
        logins.loginAs(TestLogins.EDITOR);
        currentProject.select(project.id());
        String headshot = media.ingest("m.png", TestImages.png(90, 90, 801)).key();
        marcus = assets.save(new AssetDraft(null, null, category("talent"), "Marcus " + token, null, false, null, List.of(),
                Map.of("physical_description", "Black male barber in his mid-30s", "default_wardrobe", "a black apron")),
                ImageSet.empty().add(headshot, ImageType.HEADSHOT, null, null).images(), VersionRequest.proposed());
        sofia = assets.save(AssetDraft.create(category("talent"), "Sofia " + token, Map.of("physical_description", "Latina stylist")));
        shop = assets.save(AssetDraft.create(category("environment"), "Downtown Shop " + token,
                Map.of("description", "a modern barbershop interior", "default_lighting", GOLDEN_HOUR.toString())));
    }

    private UUID category(String slug) {
        return categories.tree().stream().filter(node -> node.slug().equals(slug)).findFirst().orElseThrow().id();
    }

    private static void tick(String name) {
        Checkbox box = _find(Checkbox.class).stream().filter(candidate -> candidate.getAriaLabel().orElse("").equals("Select " + name))
                .findFirst().orElseThrow(() -> new AssertionError("No card for " + name));
        box.setValue(true);
    }

    private GenerateView open() {
        UI.getCurrent().navigate("generate");
        return _get(GenerateView.class);
    }

    private AssetSelectorDialog selector(GenerateView view, Slot slot) {
        view.openSelector(slot);
        AssetSelectorDialog dialog = _get(AssetSelectorDialog.class);
        dialog.search.setValue(token);
        return dialog;
    }

    @Test
    void marcusInTheShopUnderGoldenHourIsGeneratedOfflineAndAResultBecomesHisReference() {
        GenerateView view = open();

        AssetSelectorDialog talent = selector(view, Slot.TALENT);
        tick("Marcus " + token);
        ContextFields context = talent.contextOf(marcus.lineageId());
        context.action.setValue("carefully fading a client's hairline");
        context.expression.setValue("focused, slight smile");
        context.position.setValue("medium shot, facing camera at 3/4 angle");
        assertThat(talent.versionOf(marcus.lineageId()).getValue().active()).isTrue();
        talent.confirm();
        selector(view, Slot.ENVIRONMENT);
        tick("Downtown Shop " + token);
        _get(AssetSelectorDialog.class).confirm();

        assertThat(view.picks.get(Slot.TALENT)).extracting(pick -> pick.asset().name()).containsExactly("Marcus " + token);
        assertThat(view.picks.get(Slot.LIGHTING)).as("the shop's default lighting comes with it").singleElement()
                .satisfies(pick -> assertThat(pick.asset().lineageId()).isEqualTo(GOLDEN_HOUR));
        String prompt = view.prompt.getValue();
        assertThat(prompt).contains("Marcus " + token, "carefully fading a client's hairline", "Downtown Shop " + token);
        assertThat(prompt.toLowerCase()).contains("golden hour");
        assertThat(prompt.indexOf("Marcus")).isLessThan(prompt.indexOf("Downtown Shop"));

        view.provider.setValue(view.provider.getListDataView().getItems().filter(p -> p.id().equals(StoryboardProvider.ID)).findFirst().orElseThrow());
        _click(view.generate);
        GenerationView done = finished(view);

        assertThat(done.status()).isEqualTo(GenerationStatus.SUCCEEDED);
        assertThat(done.assets()).extracting(used -> used.versionId()).contains(marcus.versionId(), shop.versionId());
        assertThat(view.results.getElement().getTextRecursively()).contains("Done", "Storyboard (offline)");

        _click(_find(com.vaadin.flow.component.button.Button.class).stream().filter(button -> button.getText().equals("Save to library…"))
                .findFirst().orElseThrow());
        PromoteDialog promote = _get(PromoteDialog.class);
        assertThat(promote.asset.getValue().lineageId()).as("the generation's talent is offered first").isEqualTo(marcus.lineageId());
        _click(promote.primaryButton());
        assertThat(assets.latest(marcus.lineageId()).images()).extracting(image -> image.mediaKey())
                .contains(done.results().getFirst().mediaKey());
    }

    private static GenerationView finished(GenerateView view) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            view.results.refresh();
            GenerationView latest = view.results.shown().getFirst();
            if (latest.status().finished()) {
                return latest;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        throw new AssertionError("The generation did not finish");
    }

    @Test
    void eachGenerationsLogShowsWhenItsStatusChangedAndWhy() {
        GenerateView view = open();
        selector(view, Slot.TALENT);
        tick("Marcus " + token);
        _get(AssetSelectorDialog.class).confirm();
        view.provider.setValue(view.provider.getListDataView().getItems().filter(p -> p.id().equals(StoryboardProvider.ID)).findFirst().orElseThrow());
        _click(view.generate);
        finished(view);

        _click(_find(com.vaadin.flow.component.button.Button.class).stream().filter(button -> button.getText().equals("Log")).findFirst()
                .orElseThrow());

        GenerationLogDialog log = _get(GenerationLogDialog.class);
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.grid.Grid<studio.thresho.generation.GenerationLogEntry> grid = _get(com.vaadin.flow.component.grid.Grid.class,
                spec -> spec.withClasses("generation-log"));
        assertThat(grid.getListDataView().getItems().map(studio.thresho.generation.GenerationLogEntry::message))
                .containsSubsequence("Created as queued", "Queued → Sending", "Sending → Done");
        assertThat(log.getHeaderTitle()).contains("Storyboard (offline)");
    }

    @Test
    void aLikedResultsSeedIsKeptForTheTalentAndOfferedNextTime() {
        GenerateView view = open();
        selector(view, Slot.TALENT);
        tick("Marcus " + token);
        _get(AssetSelectorDialog.class).confirm();
        view.provider.setValue(view.provider.getListDataView().getItems().filter(p -> p.id().equals(StoryboardProvider.ID)).findFirst().orElseThrow());
        assertThat(view.seedMode.getItemEnabledProvider().test(GenerationSettings.SAVED)).isFalse();
        view.seedMode.setValue(GenerationSettings.FIXED);
        view.seed.setValue("777");
        _click(view.generate);
        GenerationView done = finished(view);
        assertThat(done.seed()).isEqualTo(777L);

        _click(_find(com.vaadin.flow.component.button.Button.class).stream()
                .filter(button -> button.getText().equals("Keep seed 777 for Marcus " + token)).findFirst().orElseThrow());
        view.reassemble(false);

        assertThat(view.seedMode.getItemEnabledProvider().test(GenerationSettings.SAVED)).isTrue();
        view.seedMode.setValue(GenerationSettings.SAVED);
        _click(view.generate);
        assertThat(finished(view).seed()).isEqualTo(777L);
    }

    /** The radio group used to drop its selection whenever the prompt was assembled again (FR-5 seed choice). */
    @Test
    void theSeedChoiceInForceStaysSelectedWhileThePicksChange() {
        GenerateView view = open();
        view.provider.setValue(view.provider.getListDataView().getItems().filter(p -> p.id().equals(StoryboardProvider.ID)).findFirst().orElseThrow());
        assertThat(view.seedMode.getValue()).isEqualTo(GenerationSettings.RANDOM);

        view.seedMode.setValue(GenerationSettings.FIXED);
        view.seed.setValue("4242");
        selector(view, Slot.TALENT);
        tick("Marcus " + token);
        _get(AssetSelectorDialog.class).confirm();

        assertThat(view.seedMode.getValue()).isEqualTo(GenerationSettings.FIXED);
        assertThat(view.seed.isVisible()).isTrue();
        _click(view.generate);
        assertThat(finished(view).seed()).isEqualTo(4242L);
    }

    @org.springframework.beans.factory.annotation.Autowired
    studio.thresho.media.ShareLinkService shareLinks;

    @Test
    void midjourneyShowsTheCommandToPasteWithLinksToTheReferences() {
        consistency.save(marcus.lineageId(), new studio.thresho.asset.ConsistencySettings(Map.of(), 300, 150, null, null));
        GenerateView view = open();
        selector(view, Slot.TALENT);
        tick("Marcus " + token);
        _get(AssetSelectorDialog.class).confirm();
        view.provider.setValue(view.provider.getListDataView().getItems()
                .filter(p -> p.id().equals(studio.thresho.provider.midjourney.MidjourneyProvider.ID)).findFirst().orElseThrow());
        _click(view.generate);

        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        GenerationView latest = view.results.shown().getFirst();
        while (latest.instructions() == null && Instant.now().isBefore(deadline)) {
            view.results.refresh();
            latest = view.results.shown().getFirst();
        }
        view.results.refresh();
        assertThat(latest.status()).isEqualTo(GenerationStatus.RUNNING);
        com.vaadin.flow.component.textfield.TextArea command = _get(com.vaadin.flow.component.textfield.TextArea.class,
                spec -> spec.withLabel("Paste into Midjourney"));
        assertThat(command.getValue()).startsWith("/imagine prompt: ").contains("Marcus " + token, "--oref https://studio.thresho.example/share/",
                "--ow 300");
        assertThat(_find(com.vaadin.flow.component.button.Button.class).stream().map(com.vaadin.flow.component.button.Button::getText))
                .contains("Copy command", "Attach the results");
        studio.thresho.media.ui.ShareLinkList links = _get(studio.thresho.media.ui.ShareLinkList.class);
        assertThat(links.getElement().getTextRecursively()).contains("Image link", "works until", "never opened");
        _click(_get(links, com.vaadin.flow.component.button.Button.class, spec -> spec.withText("Revoke")));
        assertThat(links.getElement().getTextRecursively()).contains("revoked");
        String token = command.getValue().replaceAll("(?s).*--oref https://studio\\.thresho\\.example/share/([A-Za-z0-9_-]{43}).*", "$1");
        assertThat(shareLinks.resolve(token)).as("a revoked command link opens nothing").isEmpty();
    }

    @Test
    void aResultIsAnimatedIntoAClipThatPlaysInTheResults() {
        GenerateView view = open();
        selector(view, Slot.TALENT);
        tick("Marcus " + token);
        _get(AssetSelectorDialog.class).confirm();
        view.provider.setValue(view.provider.getListDataView().getItems().filter(p -> p.id().equals(StoryboardProvider.ID)).findFirst().orElseThrow());
        _click(view.generate);
        finished(view);

        _click(_find(com.vaadin.flow.component.button.Button.class).stream().filter(button -> button.getText().equals("Animate…"))
                .findFirst().orElseThrow());
        AnimateDialog animate = _get(AnimateDialog.class);
        assertThat(animate.provider.getListDataView().getItems()).extracting(p -> p.id()).contains(studio.thresho.testsupport.ScriptedProvider.ID)
                .doesNotContain(StoryboardProvider.ID);
        animate.prompt.setValue("Marcus turns to the camera and smiles");
        animate.duration.setValue(10);
        _click(animate.primaryButton());

        GenerationView clip = finished(view);
        assertThat(clip.video()).isTrue();
        assertThat(clip.results().getFirst().video()).isTrue();
        assertThat(_find(com.vaadin.flow.component.html.Div.class, spec -> spec.withClasses("generation-video"))).isNotEmpty();
    }

    @Test
    void aReferenceImageIsAnimatedFromItsAssetsPage() {
        AssetDetail latest = assets.latest(marcus.lineageId());
        assets.save(AssetDraft.of(latest), ImageSet.of(latest.images()).add(media.ingest("r.png", TestImages.png(90, 60, 803)).key(),
                ImageType.REFERENCE, null, "On set").images(), VersionRequest.proposed());
        UI.getCurrent().navigate("asset/" + marcus.lineageId());
        _click(_find(com.vaadin.flow.component.button.Button.class, spec -> spec.withClasses("animate-image")).getFirst());

        AnimateDialog animate = _get(AnimateDialog.class);
        assertThat(animate.prompt.getValue()).isEqualTo("Marcus " + token);
        _get(GenerateView.class);
    }

    @Test
    void twoTalentsEachGetTheirOwnSubject() {
        GenerateView view = open();

        AssetSelectorDialog talent = selector(view, Slot.TALENT);
        tick("Marcus " + token);
        tick("Sofia " + token);
        talent.contextOf(sofia.lineageId()).action.setValue("sweeping the floor");
        talent.confirm();

        assertThat(view.picks.get(Slot.TALENT)).hasSize(2);
        assertThat(view.prompt.getValue()).contains("Marcus " + token, "Sofia " + token, "sweeping the floor");
        assertThat(view.slotPanels.get(Slot.TALENT).getElement().getTextRecursively()).contains("sweeping the floor");
    }

    @Test
    void quickAddCreatesADraftAndSelectsItAtOnce() {
        GenerateView view = open();
        AssetSelectorDialog talent = selector(view, Slot.TALENT);

        _click(talent.addNew);
        QuickAddDialog quick = _get(QuickAddDialog.class);
        quick.name.setValue("Quinn " + token);
        quick.description.setValue("Tall, red hair, freckles");
        quick.useImage(media.ingest("q.png", TestImages.png(80, 80, 811)).key());
        _click(quick.primaryButton());

        assertThat(talent.chosenLineages()).hasSize(1);
        AssetDetail quinn = assets.get(talent.chosenLineages().getFirst());
        assertThat(quinn.name()).isEqualTo("Quinn " + token);
        assertThat(quinn.completeness().complete()).isFalse();
        assertThat(quinn.imagesOf(ImageType.HEADSHOT)).hasSize(1);
        talent.confirm();
        assertThat(view.prompt.getValue()).contains("Quinn " + token, "tall, red hair, freckles");
    }

    @Autowired
    studio.thresho.insight.InsightEventRecorder recorder;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void aQuickAddedTalentIsTimedForTheTimeToAddMetric() {
        GenerateView view = open();
        AssetSelectorDialog talent = selector(view, Slot.TALENT);
        _click(talent.addNew);
        QuickAddDialog quick = _get(QuickAddDialog.class);
        quick.name.setValue("Quinn " + token);
        _click(quick.primaryButton());
        recorder.flush();

        List<Long> timings = jdbc.queryForList("SELECT amount FROM insight_events WHERE kind = 'talent_added' AND project_id = ?",
                Long.class, project.id().toString());
        assertThat(timings).hasSize(1).allSatisfy(millis -> assertThat(millis).isBetween(0L, 60_000L));
    }

    @Test
    void aSelectorSearchFollowedByTickingOneOfItsCardsCountsAsAFoundAsset() {
        GenerateView view = open();
        selector(view, Slot.TALENT);
        tick("Marcus " + token);
        recorder.flush();

        List<Map<String, Object>> rows = jdbc.queryForList(
                "SELECT kind, visit_id FROM insight_events WHERE project_id = ? AND visit_id IS NOT NULL ORDER BY id", project.id().toString());
        assertThat(rows).extracting(row -> row.get("kind")).containsExactly("library_search", "library_result_opened");
        assertThat(rows.get(0).get("visit_id")).isEqualTo(rows.get(1).get("visit_id"));
    }

    @Test
    void quickAddRefusesANameOverTheLimitInsteadOfCuttingIt() {
        GenerateView view = open();
        AssetSelectorDialog talent = selector(view, Slot.TALENT);
        _click(talent.addNew);
        QuickAddDialog quick = _get(QuickAddDialog.class);
        String tooLong = "Q".repeat(studio.thresho.asset.AssetRules.NAME_MAX_LENGTH + 1);

        quick.name.setValue(tooLong);
        _click(quick.primaryButton());

        assertThat(quick.name.getValue()).isEqualTo(tooLong);
        assertThat(quick.name.getErrorMessage()).isEqualTo("At most 200 characters; this has 201.");
        assertThat(talent.chosenLineages()).isEmpty();
    }

    @Test
    void anEditedPromptIsKeptUntilTheUserChoosesTheNewAssembly() {
        GenerateView view = open();
        selector(view, Slot.TALENT);
        tick("Marcus " + token);
        _get(AssetSelectorDialog.class).confirm();
        view.prompt.setValue("My own words about Marcus.");

        view.remove(view.picks.get(Slot.TALENT).getFirst());

        assertThat(view.prompt.getValue()).isEqualTo("My own words about Marcus.");
        assertThat(view.staleEdit.isVisible()).isTrue();
        _click(_find(com.vaadin.flow.component.button.Button.class).stream()
                .filter(button -> button.getText().equals("Use the new assembly")).findFirst().orElseThrow());
        assertThat(view.prompt.getValue()).doesNotContain("My own words");
        assertThat(view.staleEdit.isVisible()).isFalse();
    }

    @Test
    void useInGenerationFromTheDetailViewOpensThisPageWithTheAssetPicked() {
        UI.getCurrent().navigate("asset/" + shop.lineageId());
        _click(_get(com.vaadin.flow.component.button.Button.class, spec -> spec.withId("use-in-generation")));

        GenerateView view = _get(GenerateView.class);
        assertThat(view.picks.get(Slot.ENVIRONMENT)).extracting(pick -> pick.asset().lineageId()).containsExactly(shop.lineageId());
        assertThat(view.picks.get(Slot.LIGHTING)).hasSize(1);
    }

    @Test
    void viewersDoNotSeeGenerate() {
        logins.loginAs(TestLogins.VIEWER);

        UI.getCurrent().navigate("generate");

        assertThat(_find(GenerateView.class)).isEmpty();
    }
}
