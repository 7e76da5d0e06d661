package studio.thresho.generation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import studio.thresho.asset.AssetDetail;
import studio.thresho.asset.AssetDraft;
import studio.thresho.asset.AssetService;
import studio.thresho.asset.ImageSet;
import studio.thresho.asset.ImageType;
import studio.thresho.asset.VersionRequest;
import studio.thresho.base.UserFacingException;
import studio.thresho.media.MediaService;
import studio.thresho.media.TestImages;
import studio.thresho.provider.storyboard.StoryboardProvider;
import studio.thresho.security.TestLogins;
import studio.thresho.testsupport.IntegrationTest;
import studio.thresho.testsupport.Workspace;

/** A talent's context dresses it in a Wardrobe asset: its description and picture go into the plan, its version into the record. */
@IntegrationTest
class WardrobePlanTest {

    @Autowired
    GenerationPlanner planner;
    @Autowired
    AssetService assets;
    @Autowired
    MediaService media;
    @Autowired
    Workspace workspace;

    private AssetDetail marcus;
    private AssetDetail apron;
    private String apronPicture;

    @BeforeEach
    void marcusAndHisApron() {
        workspace.editorInNewProject("Wardrobe");
        String headshot = media.ingest("m.png", TestImages.png(80, 80, 951)).key();
        marcus = assets.save(AssetDraft.create(workspace.category("talent"), "Marcus", Map.of("physical_description", "a barber",
                        "default_wardrobe", "a white t-shirt")),
                ImageSet.empty().add(headshot, ImageType.HEADSHOT, null, null).images(), VersionRequest.proposed());
        apronPicture = media.ingest("apron.png", TestImages.png(80, 80, 952)).key();
        apron = assets.save(AssetDraft.create(workspace.category("wardrobe"), "Barber Apron", Map.of("style_description",
                        "a black leather barber apron with brass buckles")),
                ImageSet.empty().add(apronPicture, ImageType.REFERENCE, null, null).images(), VersionRequest.proposed());
    }

    @AfterEach
    void signOut() {
        TestLogins.logout();
    }

    private GenerationPlan plan(Map<String, String> context) {
        return planner.plan(PlanRequest.of(StoryboardProvider.ID, List.of(new PlanPick(Slot.TALENT, marcus.lineageId(), null, context))));
    }

    @Test
    void theWardrobeAssetsDescriptionReplacesTheDefaultWardrobeAndItsPictureIsAReference() {
        GenerationPlan plan = plan(Map.of("wardrobe_asset", apron.lineageId().toString()));

        assertThat(plan.prompt()).contains("black leather barber apron with brass buckles").doesNotContain("white t-shirt");
        assertThat(plan.references()).extracting(SentReference::mediaKey, SentReference::role, SentReference::assetName)
                .contains(tuple(apronPicture, "wardrobe", "Barber Apron"));
        assertThat(plan.assets()).extracting(UsedAsset::versionId, UsedAsset::role)
                .containsExactly(tuple(marcus.versionId(), "talent"), tuple(apron.versionId(), "wardrobe"));
    }

    @Test
    void wordsTypedForTheShotWinOverTheWardrobeAssetsDescription() {
        GenerationPlan plan = plan(Map.of("wardrobe_asset", apron.lineageId().toString(), "wardrobe_override", "a denim jacket"));

        assertThat(plan.prompt()).contains("denim jacket").doesNotContain("brass buckles");
        assertThat(plan.references()).extracting(SentReference::role).contains("wardrobe");
    }

    @Test
    void onlyAWardrobeAssetCanBeWorn() {
        assertThatThrownBy(() -> plan(Map.of("wardrobe_asset", marcus.lineageId().toString())))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("is not wardrobe");
        assertThatThrownBy(() -> plan(Map.of("wardrobe_asset", "not-an-id"))).isInstanceOf(UserFacingException.class);
    }
}
