package studio.thresho.asset.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import studio.thresho.asset.AssetDetail;
import studio.thresho.asset.AssetDraft;
import studio.thresho.asset.AssetService;
import studio.thresho.asset.ConsistencyService;
import studio.thresho.asset.ConsistencySettings;
import studio.thresho.asset.ImageSet;
import studio.thresho.asset.ImageType;
import studio.thresho.asset.SheetSlot;
import studio.thresho.asset.VersionRequest;
import studio.thresho.media.MediaService;
import studio.thresho.media.TestImages;
import studio.thresho.project.CurrentProjectService;
import studio.thresho.project.ProjectService;
import studio.thresho.project.ProjectSummary;
import studio.thresho.security.SystemAuthentication;
import studio.thresho.security.TestLogins;
import studio.thresho.testsupport.KaribuTest;

class ConsistencyPanelTest extends KaribuTest {

    @Autowired
    ProjectService projects;
    @Autowired
    CurrentProjectService currentProject;
    @Autowired
    AssetService assets;
    @Autowired
    ConsistencyService consistency;
    @Autowired
    MediaService media;
    @Autowired
    studio.thresho.asset.category.CategoryService categories;

    private AssetDetail marcus;

    @BeforeEach
    void marcusWithAHeadshotAndAProfile() {
        ProjectSummary project = SystemAuthentication.runAsSystem(() -> projects.create("Consistency " + UUID.randomUUID(), null));
        logins.loginAs(TestLogins.EDITOR);
        currentProject.select(project.id());
        UUID talent = categories.tree().stream().filter(node -> node.slug().equals("talent")).findFirst().orElseThrow().id();
        ImageSet images = ImageSet.empty().add(media.ingest("h.png", TestImages.png(80, 80, 901)).key(), ImageType.HEADSHOT, null, null)
                .add(media.ingest("p.png", TestImages.png(80, 100, 902)).key(), ImageType.CHARACTER_SHEET, SheetSlot.PROFILE_LEFT, null);
        marcus = assets.save(new AssetDraft(null, null, talent, "Marcus", null, false, null, List.of(), Map.of()), images.images(),
                VersionRequest.proposed());
    }

    @Test
    void anEditorChoosesTheReferenceImagesAndWeightsWithoutANewVersion() {
        UI.getCurrent().navigate("asset/" + marcus.lineageId());
        ConsistencyPanel panel = _get(ConsistencyPanel.class);
        assertThat(panel.characterReference.getListDataView().getItems()).containsExactly("headshot", "composite", "profile_left");

        panel.characterReference.setValue("profile_left");
        panel.characterWeight.setValue(80);
        panel.styleWeight.setValue(200);
        _click(panel.save);

        ConsistencySettings saved = consistency.get(marcus.lineageId());
        assertThat(saved.characterReference()).isEqualTo("profile_left");
        assertThat(saved.midjourneyCharacterWeight()).isEqualTo(80);
        assertThat(saved.characterImage(assets.latest(marcus.lineageId()))).contains(
                marcus.imagesOf(ImageType.CHARACTER_SHEET).getFirst().mediaKey());
        assertThat(assets.latest(marcus.lineageId()).version()).isEqualTo("1.0.0");

        panel.styleWeight.setValue(5000);
        _click(panel.save);
        com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications("Saved; new generations with Marcus use these settings.",
                "The Midjourney style weight is a number from 0 to 1000.");
        assertThat(consistency.get(marcus.lineageId()).midjourneyStyleWeight()).isEqualTo(200);
    }

    @Test
    void viewersSeeTheSettingsButCannotSaveThem() {
        logins.loginAs(TestLogins.VIEWER);
        UI.getCurrent().navigate("asset/" + marcus.lineageId());

        ConsistencyPanel panel = _get(ConsistencyPanel.class);
        assertThat(panel.save.isVisible()).isFalse();
        assertThat(panel.characterReference.isEnabled()).isFalse();
    }
}
