package studio.thresho.generation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import studio.thresho.asset.AssetDetail;
import studio.thresho.asset.AssetDraft;
import studio.thresho.asset.AssetImageView;
import studio.thresho.asset.AssetService;
import studio.thresho.asset.ImageSet;
import studio.thresho.asset.ImageType;
import studio.thresho.asset.SheetSlot;
import studio.thresho.asset.Source;
import studio.thresho.asset.VersionRequest;
import studio.thresho.media.MediaService;
import studio.thresho.media.TestImages;
import studio.thresho.project.ProjectSummary;
import studio.thresho.provider.storyboard.StoryboardProvider;
import studio.thresho.security.TestLogins;
import studio.thresho.testsupport.Await;
import studio.thresho.testsupport.IntegrationTest;
import studio.thresho.testsupport.Workspace;

/** Save to library from a generated result: a new asset, or any asset's reference, headshot or sheet view as a new version. */
@IntegrationTest
class ResultPromotionServiceTest {

    @Autowired
    ResultPromotionService promotions;
    @Autowired
    GenerationService generations;
    @Autowired
    AssetService assets;
    @Autowired
    MediaService media;
    @Autowired
    Workspace workspace;

    private ProjectSummary project;
    private AssetDetail marcus;
    private AssetDetail chair;
    private GenerationView done;
    private String result;

    @BeforeEach
    void aFinishedGenerationOfMarcus() {
        project = workspace.editorInNewProject("Promote");
        String headshot = media.ingest("marcus.png", TestImages.png(80, 80, 801)).key();
        String front = media.ingest("front.png", TestImages.png(80, 80, 802)).key();
        marcus = assets.save(AssetDraft.create(workspace.category("talent"), "Marcus", Map.of("physical_description", "Black male, mid-30s")),
                ImageSet.empty().add(headshot, ImageType.HEADSHOT, null, null).add(front, ImageType.CHARACTER_SHEET, SheetSlot.FRONT_FACE, null)
                        .images(), VersionRequest.proposed());
        // an asset the generation did not use
        chair = assets.save(AssetDraft.create(workspace.category("props"), "Barber chair", Map.of("description", "red leather")),
                List.of(), VersionRequest.proposed());
        PlanRequest order = new PlanRequest(StoryboardProvider.ID, List.of(PlanPick.of(Slot.TALENT, marcus.lineageId())), null, null,
                "16:9", 1, SeedChoice.fixed(3), null, null, Set.of());
        java.util.UUID id = generations.submit(order).id();
        done = Await.until(() -> generations.get(id), view -> view.status().finished(), Duration.ofSeconds(30));
        assertThat(done.status()).isEqualTo(GenerationStatus.SUCCEEDED);
        result = done.results().getFirst().mediaKey();
    }

    @AfterEach
    void signOut() {
        TestLogins.logout();
    }

    @Test
    void aResultBecomesANewAssetInTheCurrentProjectWithTheRoleChosen() {
        AssetDetail created = promotions.createAsset(done.id(), result, workspace.category("talent"), " Nadia ", ResultPlacement.headshot());

        assertThat(created.name()).isEqualTo("Nadia");
        assertThat(created.version()).isEqualTo("1.0.0");
        assertThat(created.projectId()).isEqualTo(project.id());
        assertThat(created.source()).isEqualTo(Source.AI_GENERATED);
        assertThat(created.imagesOf(ImageType.HEADSHOT)).extracting(AssetImageView::mediaKey).containsExactly(result);
        assertThat(created.versionNotes()).isEqualTo("Created from a generation with Storyboard (offline)");

        AssetDetail sheet = promotions.createAsset(done.id(), result, workspace.category("talent"), "Nadia's twin",
                ResultPlacement.sheetView(SheetSlot.THREE_QUARTER));
        assertThat(sheet.imagesOf(ImageType.CHARACTER_SHEET)).extracting(AssetImageView::slot).containsExactly(SheetSlot.THREE_QUARTER);
        assertThatThrownBy(() -> promotions.createAsset(done.id(), result, null, "Nobody", ResultPlacement.reference()))
                .hasMessageContaining("category");
        assertThatThrownBy(() -> promotions.createAsset(done.id(), result, workspace.category("talent"), " ", ResultPlacement.reference()))
                .hasMessageContaining("name");
    }

    @Test
    void asAReferenceOfAnAssetTheGenerationDidNotUseItIsAMinorVersion() {
        AssetDetail saved = promotions.addToAsset(done.id(), result, chair.lineageId(), ResultPlacement.reference());

        assertThat(saved.version()).as("an image added is minor").isEqualTo("1.1.0");
        assertThat(saved.imagesOf(ImageType.REFERENCE)).extracting(AssetImageView::mediaKey).containsExactly(result);
        assertThat(saved.versionNotes()).contains("a reference image", "Storyboard (offline)");
        assertThatThrownBy(() -> promotions.addToAsset(done.id(), result, chair.lineageId(), ResultPlacement.reference()))
                .hasMessageContaining("is a reference image of Barber chair already");
    }

    @Test
    void asTheHeadshotItIsAMajorVersionAndTheOldHeadshotStaysAsAReference() {
        String oldHeadshot = marcus.imagesOf(ImageType.HEADSHOT).getFirst().mediaKey();

        AssetDetail saved = promotions.addToAsset(done.id(), result, marcus.lineageId(), ResultPlacement.headshot());

        assertThat(saved.version()).as("a replaced headshot is major").isEqualTo("2.0.0");
        assertThat(saved.imagesOf(ImageType.HEADSHOT)).extracting(AssetImageView::mediaKey).containsExactly(result);
        assertThat(saved.imagesOf(ImageType.REFERENCE)).extracting(AssetImageView::mediaKey).containsExactly(oldHeadshot);
        assertThat(assets.get(marcus.lineageId()).version()).as("the active version moves on, as for any save").isEqualTo("2.0.0");
    }

    @Test
    void asANamedSheetViewItFillsThatViewMinorWhenFreeMajorWhenItReplacesOne() {
        AssetDetail filled = promotions.addToAsset(done.id(), result, marcus.lineageId(), ResultPlacement.sheetView(SheetSlot.PROFILE_LEFT));

        assertThat(filled.version()).as("filling an empty view is minor").isEqualTo("1.1.0");
        assertThat(viewOf(filled, SheetSlot.PROFILE_LEFT)).isEqualTo(result);

        String oldFront = viewOf(filled, SheetSlot.FRONT_FACE);
        AssetDetail replaced = promotions.addToAsset(done.id(), result, marcus.lineageId(), ResultPlacement.sheetView(SheetSlot.FRONT_FACE));

        assertThat(replaced.version()).as("replacing a view is major").isEqualTo("2.0.0");
        assertThat(viewOf(replaced, SheetSlot.FRONT_FACE)).isEqualTo(result);
        assertThat(viewOf(replaced, SheetSlot.PROFILE_LEFT)).as("the image moved from its old view").isNull();
        assertThat(replaced.imagesOf(ImageType.REFERENCE)).extracting(AssetImageView::mediaKey).containsExactly(oldFront);
    }

    @Test
    void whatIsNotAStillResultOfTheGenerationIsRefused() {
        assertThatThrownBy(() -> promotions.addToAsset(done.id(), "f".repeat(64), chair.lineageId(), ResultPlacement.reference()))
                .hasMessageContaining("not a result of this generation");
        assertThatThrownBy(() -> new ResultPlacement(ImageType.CHARACTER_SHEET, null)).hasMessageContaining("which character-sheet view");
        assertThatThrownBy(() -> new ResultPlacement(ImageType.COMPOSITE, null)).hasMessageContaining("Choose what the image is");
    }

    @Test
    void thePickerListsTheGenerationsAssetsAndFindsAnyOther() {
        assertThat(promotions.usedBy(done)).extracting(PromotionTarget::lineageId).containsExactly(marcus.lineageId());
        assertThat(Await.until(() -> promotions.targets("Barber", 10), found -> !found.isEmpty(), Duration.ofSeconds(10)))
                .extracting(PromotionTarget::name).contains("Barber chair");
    }

    private static String viewOf(AssetDetail asset, SheetSlot slot) {
        return asset.imagesOf(ImageType.CHARACTER_SHEET).stream().filter(image -> image.slot() == slot).map(AssetImageView::mediaKey)
                .findFirst().orElse(null);
    }

}
