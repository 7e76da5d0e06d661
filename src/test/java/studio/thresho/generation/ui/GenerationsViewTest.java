package studio.thresho.generation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.dom.DomEvent;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import studio.thresho.asset.AssetDetail;
import studio.thresho.asset.AssetDraft;
import studio.thresho.asset.AssetService;
import studio.thresho.generation.GenerationService;
import studio.thresho.generation.GenerationStatus;
import studio.thresho.generation.GenerationView;
import studio.thresho.generation.PlanPick;
import studio.thresho.generation.PlanRequest;
import studio.thresho.generation.SeedChoice;
import studio.thresho.generation.Slot;
import studio.thresho.media.ui.ImageViewer;
import studio.thresho.project.CurrentProjectService;
import studio.thresho.project.ProjectService;
import studio.thresho.project.ProjectSummary;
import studio.thresho.provider.storyboard.StoryboardProvider;
import studio.thresho.security.SystemAuthentication;
import studio.thresho.security.TestLogins;
import studio.thresho.testsupport.Await;
import studio.thresho.testsupport.KaribuTest;
import tools.jackson.databind.node.JsonNodeFactory;

/** The Generations page: every generation, filtered and paged; a record with what was sent; results open in the viewer. */
class GenerationsViewTest extends KaribuTest {

    @Autowired
    ProjectService projects;
    @Autowired
    CurrentProjectService currentProject;
    @Autowired
    AssetService assets;
    @Autowired
    GenerationService generations;
    @Autowired
    studio.thresho.asset.AssetUsageService usage;
    @Autowired
    studio.thresho.asset.category.CategoryService categories;

    private final String token = "gh" + UUID.randomUUID().toString().replace("-", "").substring(0, 6);
    private AssetDetail marcus;
    private AssetDetail sofia;
    private GenerationView ofMarcus;
    private GenerationView ofSofia;

    @BeforeEach
    void twoGenerations() {
        ProjectSummary project = SystemAuthentication.runAsSystem(() -> projects.create("History " + UUID.randomUUID(), null));
        logins.loginAs(TestLogins.EDITOR);
        currentProject.select(project.id());
        marcus = assets.save(AssetDraft.create(category("talent"), "Marcus " + token, Map.of("physical_description", "a barber")));
        sofia = assets.save(AssetDraft.create(category("talent"), "Sofia " + token, Map.of("physical_description", "a stylist")));
        ofMarcus = generate(marcus, 2);
        ofSofia = generate(sofia, 1);
    }

    private GenerationView generate(AssetDetail talent, int images) {
        GenerationView queued = generations.submit(new PlanRequest(StoryboardProvider.ID,
                List.of(new PlanPick(Slot.TALENT, talent.lineageId(), null, Map.of("action", "smiling"))), null, null, "16:9", images,
                SeedChoice.fixed(11), null, null, Set.of()));
        return Await.until(() -> generations.get(queued.id()), view -> view.status().finished(), Duration.ofSeconds(30));
    }

    private UUID category(String slug) {
        return categories.tree().stream().filter(node -> node.slug().equals(slug)).findFirst().orElseThrow().id();
    }

    @SuppressWarnings("unchecked")
    private static List<UUID> rows() {
        Grid<GenerationView> grid = _get(Grid.class, spec -> spec.withClasses("generations-grid"));
        return grid.getLazyDataView().getItems().map(GenerationView::id).toList();
    }

    @Test
    void everyGenerationIsListedNewestFirstAndFiltersNarrowIt() {
        navigateTo("generations");
        GenerationsView view = _get(GenerationsView.class);
        assertThat(rows()).containsExactly(ofSofia.id(), ofMarcus.id());

        view.talent.setValue(view.talent.getListDataView().getItems().filter(a -> a.lineageId().equals(marcus.lineageId()))
                .findFirst().orElseThrow());
        assertThat(rows()).containsExactly(ofMarcus.id());
        view.talent.clear();

        view.status.setValue(GenerationStatus.FAILED);
        assertThat(rows()).isEmpty();
        view.status.setValue(GenerationStatus.SUCCEEDED);
        assertThat(rows()).hasSize(2);

        view.provider.setValue(StoryboardProvider.ID);
        assertThat(view.user.getListDataView().getItems().toList()).hasSize(1);
        view.user.setValue(view.user.getListDataView().getItems().findFirst().orElseThrow());
        assertThat(rows()).hasSize(2);

        view.from.setValue(LocalDate.now().plusDays(1));
        assertThat(rows()).isEmpty();
    }

    @Test
    void aRecordShowsThePromptAsSentTheVersionsTheSeedAndTheAttempts() {
        navigateTo("generations/" + ofMarcus.id());

        GenerationRecordView record = _get(GenerationRecordView.class);
        String text = record.getElement().getTextRecursively();
        assertThat(text).contains("Generation with Storyboard (offline)", "seed 11", "Prompt as sent", ofMarcus.prompt(),
                "Asset versions", "References", "Attempts");
        @SuppressWarnings("unchecked")
        Grid<studio.thresho.generation.UsedAsset> used = _get(Grid.class, spec -> spec.withClasses("generation-assets"));
        assertThat(used.getListDataView().getItems().map(asset -> asset.name() + " v" + asset.version()))
                .containsExactly("Marcus " + token + " v" + marcus.version());
        @SuppressWarnings("unchecked")
        Grid<studio.thresho.generation.GenerationLogEntry> log = _get(Grid.class, spec -> spec.withClasses("generation-log"));
        assertThat(log.getListDataView().getItems()).isNotEmpty();
        assertThat(_find(Image.class, spec -> spec.withClasses("opens-viewer"))).hasSize(2);
    }

    @Test
    void aResultOpensLargeInTheViewerWithNextPreviousAndDownload() {
        navigateTo("generations/" + ofMarcus.id());
        Image first = _find(Image.class, spec -> spec.withClasses("opens-viewer")).getFirst();

        com.github.mvysny.kaributesting.v10.ElementUtilsKt._fireDomEvent(first.getElement(),
                new DomEvent(first.getElement(), "click", JsonNodeFactory.instance.objectNode()));

        ImageViewer viewer = _get(ImageViewer.class);
        String firstKey = ofMarcus.results().getFirst().mediaKey();
        assertThat(viewer.getElement().getTextRecursively()).contains("Result · seed", "1 of 2", "PNG");
        assertThat(_get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withText("Download original")).getHref())
                .isEqualTo("/media/" + firstKey + "/original");
        _click(_find(com.vaadin.flow.component.button.Button.class).stream()
                .filter(button -> button.getAriaLabel().orElse("").equals("Next image")).findFirst().orElseThrow());
        assertThat(viewer.getElement().getTextRecursively()).contains("2 of 2");
        assertThat(_get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withText("Download original")).getHref())
                .isEqualTo("/media/" + ofMarcus.results().get(1).mediaKey() + "/original");
    }

    @Test
    void anUnknownGenerationSaysSo() {
        navigateTo("generations/" + UUID.randomUUID());
        assertThat(_get(GenerationRecordView.class).getElement().getTextRecursively()).contains("This generation does not exist");
    }

    @Test
    void theAssetShowsTheResultsOfItsGenerationsAsRecentUsageAndEveryUseOnViewAll() {
        Await.until(() -> usage.history(marcus.lineageId(), 5), uses -> !uses.isEmpty() && !uses.getFirst().resultKeys().isEmpty(),
                Duration.ofSeconds(10));
        navigateTo("asset/" + marcus.lineageId());

        List<com.vaadin.flow.component.html.Anchor> strip = _find(com.vaadin.flow.component.html.Anchor.class,
                spec -> spec.withClasses("usage-thumbnail"));
        assertThat(strip).hasSize(2).allMatch(link -> link.getHref().equals("generations/" + ofMarcus.id()));
        assertThat(strip.getFirst().getElement().getTextRecursively()).isEmpty();
        _click(_get(com.vaadin.flow.component.button.Button.class, spec -> spec.withText("View All")));

        @SuppressWarnings("unchecked")
        Grid<studio.thresho.asset.UsageEntry> all = _get(Grid.class, spec -> spec.withClasses("usage-all-grid"));
        assertThat(all.getLazyDataView().getItems().map(use -> use.generationRecordId() + " v" + use.version() + " " + use.context()))
                .containsExactly(ofMarcus.id() + " v" + marcus.version() + " {action=smiling}");
        navigateTo(strip.getFirst().getHref());
        assertThat(_get(GenerationRecordView.class).shown.id()).isEqualTo(ofMarcus.id());
    }

    @Test
    void theGeneratePageShowsResultsAsAGalleryWithThePromptFoldedAndLinksToEveryGeneration() {
        navigateTo("generate");
        GenerateView view = _get(GenerateView.class);

        com.vaadin.flow.component.html.Div entry = (com.vaadin.flow.component.html.Div) view.results.getChildren()
                .filter(child -> child.getClassNames().contains("generation-entry")).findFirst().orElseThrow();
        List<String> order = entry.getChildren().map(child -> String.join(" ", child.getClassNames())).toList();
        assertThat(order.indexOf("generation-images")).isLessThan(order.indexOf("generation-prompt-details"));
        com.vaadin.flow.component.details.Details prompt = _find(com.vaadin.flow.component.details.Details.class,
                spec -> spec.withClasses("generation-prompt-details")).getFirst();
        assertThat(prompt.isOpened()).isFalse();
        assertThat(prompt.getSummaryText()).isEqualTo("Show prompt");
        assertThat(entry.getElement().getTextRecursively()).contains("Storyboard (offline)", "seed 11", "Sofia " + token + " v" + sofia.version());
        assertThat(_find(Image.class, spec -> spec.withClasses("opens-viewer"))).isNotEmpty();
        assertThat(view.results.allGenerations.getHref()).isEqualTo("generations");
        assertThat(_find(com.vaadin.flow.router.RouterLink.class, spec -> spec.withClasses("generation-record-link")))
                .extracting(com.vaadin.flow.router.RouterLink::getHref).contains("generations/" + ofMarcus.id(), "generations/" + ofSofia.id());
        assertThat(GenerationResults.SHOWN).isLessThanOrEqualTo(5);
    }

    @Test
    void theGeneratingNoticeClosesOnceTheResultIsThere() {
        navigateTo("generate");
        GenerateView view = _get(GenerateView.class);
        view.generatingNotice = com.vaadin.flow.component.notification.Notification.show("Generating with Storyboard (offline)…");

        view.followResults(false);

        assertThat(view.generatingNotice).isNull();
        assertThat(_find(com.vaadin.flow.component.notification.Notification.class)).noneMatch(n -> n.isOpened());
    }
}
