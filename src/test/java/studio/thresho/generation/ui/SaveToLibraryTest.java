package studio.thresho.generation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import studio.thresho.asset.AssetDetail;
import studio.thresho.asset.AssetDraft;
import studio.thresho.asset.AssetImageView;
import studio.thresho.asset.AssetService;
import studio.thresho.asset.ImageType;
import studio.thresho.asset.SheetSlot;
import studio.thresho.asset.category.CategoryService;
import studio.thresho.generation.GenerationService;
import studio.thresho.generation.GenerationView;
import studio.thresho.generation.PlanPick;
import studio.thresho.generation.PlanRequest;
import studio.thresho.generation.PromotionTarget;
import studio.thresho.generation.SeedChoice;
import studio.thresho.generation.Slot;
import studio.thresho.project.CurrentProjectService;
import studio.thresho.project.ProjectService;
import studio.thresho.project.ProjectSummary;
import studio.thresho.provider.storyboard.StoryboardProvider;
import studio.thresho.security.SystemAuthentication;
import studio.thresho.security.TestLogins;
import studio.thresho.testsupport.Await;
import studio.thresho.testsupport.KaribuTest;

/** Save to library from a generation's record: into a named character-sheet view of an asset the generation did not use, or as a new asset. */
class SaveToLibraryTest extends KaribuTest {

    @Autowired
    ProjectService projects;
    @Autowired
    CurrentProjectService currentProject;
    @Autowired
    AssetService assets;
    @Autowired
    GenerationService generations;
    @Autowired
    CategoryService categories;

    private final String token = "sl" + UUID.randomUUID().toString().replace("-", "").substring(0, 6);
    private AssetDetail sofia;
    private GenerationView ofMarcus;

    @BeforeEach
    void aGenerationOfMarcusAndSofiaBeside() {
        ProjectSummary project = SystemAuthentication.runAsSystem(() -> projects.create("Save " + UUID.randomUUID(), null));
        logins.loginAs(TestLogins.EDITOR);
        currentProject.select(project.id());
        AssetDetail marcus = assets.save(AssetDraft.create(talent(), "Marcus " + token, Map.of("physical_description", "a barber")));
        sofia = assets.save(AssetDraft.create(talent(), "Sofia " + token, Map.of("physical_description", "a stylist")));
        GenerationView queued = generations.submit(new PlanRequest(StoryboardProvider.ID, List.of(PlanPick.of(Slot.TALENT, marcus.lineageId())),
                null, null, "16:9", 1, SeedChoice.fixed(5), null, null, Set.of()));
        ofMarcus = Await.until(() -> generations.get(queued.id()), view -> view.status().finished(), Duration.ofSeconds(30));
    }

    private UUID talent() {
        return categories.tree().stream().filter(node -> node.slug().equals("talent")).findFirst().orElseThrow().id();
    }

    private PromoteDialog openDialog() {
        navigateTo("generations/" + ofMarcus.id());
        _click(_get(Button.class, spec -> spec.withClasses("save-to-library")));
        return _get(PromoteDialog.class);
    }

    @Test
    void aResultGoesIntoANamedSheetViewOfAnyAssetAsANewVersion() {
        PromoteDialog dialog = openDialog();
        assertThat(dialog.target.getValue()).isEqualTo(PromoteDialog.EXISTING);
        assertThat(dialog.asset.getValue().name()).as("the generation's own talent is offered first").startsWith("Marcus " + token);

        dialog.asset.setValue(Await.until(() -> dialog.asset.getLazyDataView().getItems()
                        .filter(choice -> choice.lineageId().equals(sofia.lineageId())).findFirst(), java.util.Optional::isPresent,
                Duration.ofSeconds(10)).map(PromotionTarget.class::cast).orElseThrow());
        dialog.placement.role.setValue(ImageType.CHARACTER_SHEET);
        assertThat(dialog.placement.view.isVisible()).isTrue();
        dialog.placement.view.setValue(SheetSlot.PROFILE_RIGHT);
        _click(dialog.primaryButton());

        assertThat(dialog.errorText()).isEmpty();
        AssetDetail saved = assets.latest(sofia.lineageId());
        assertThat(saved.version()).isEqualTo("1.1.0");
        assertThat(saved.imagesOf(ImageType.CHARACTER_SHEET)).singleElement().satisfies(view -> {
            assertThat(view.slot()).isEqualTo(SheetSlot.PROFILE_RIGHT);
            assertThat(view.mediaKey()).isEqualTo(ofMarcus.results().getFirst().mediaKey());
        });
        assertThat(_find(PromoteDialog.class)).as("the dialog closes once saved").isEmpty();
    }

    @Test
    void aResultBecomesANewTalentWithItAsHeadshot() {
        PromoteDialog dialog = openDialog();
        dialog.target.setValue(PromoteDialog.NEW_ASSET);
        assertThat(dialog.category.getValue().slug()).isEqualTo("talent");
        assertThat(dialog.placement.role.getValue()).as("a new talent's first image is its headshot").isEqualTo(ImageType.HEADSHOT);
        _click(dialog.primaryButton());
        assertThat(dialog.errorText()).contains("name");

        dialog.name.setValue("Nadia " + token);
        _click(dialog.primaryButton());

        AssetDetail created = Await.until(() -> assets.referenceChoices("talent").stream()
                .filter(summary -> summary.name().equals("Nadia " + token)).findFirst(), java.util.Optional::isPresent, Duration.ofSeconds(10))
                .map(summary -> assets.latest(summary.lineageId())).orElseThrow();
        assertThat(created.imagesOf(ImageType.HEADSHOT)).extracting(AssetImageView::mediaKey)
                .containsExactly(ofMarcus.results().getFirst().mediaKey());
    }
}
