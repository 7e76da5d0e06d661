package studio.thresho.asset.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.textfield.TextField;
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
import studio.thresho.asset.category.CategoryService;
import studio.thresho.media.MediaService;
import studio.thresho.media.TestImages;
import studio.thresho.project.CurrentProjectService;
import studio.thresho.project.ProjectService;
import studio.thresho.project.ProjectSummary;
import studio.thresho.security.SystemAuthentication;
import studio.thresho.security.TestLogins;
import studio.thresho.testsupport.KaribuTest;

/** Share on an asset: a read-only public page for 1 to 90 days, listed with its last access, revocable. */
class SharedAssetViewTest extends KaribuTest {

    @Autowired
    ProjectService projects;
    @Autowired
    CurrentProjectService currentProject;
    @Autowired
    AssetService assets;
    @Autowired
    CategoryService categories;
    @Autowired
    MediaService media;

    private AssetDetail chair;

    @BeforeEach
    void aPropWithAPictureExists() {
        ProjectSummary project = SystemAuthentication.runAsSystem(() -> projects.create("Share " + UUID.randomUUID(), null));
        logins.loginAs(TestLogins.EDITOR);
        currentProject.select(project.id());
        UUID props = categories.tree().stream().filter(node -> node.slug().equals("props")).findFirst().orElseThrow().id();
        String picture = media.ingest("chair.png", TestImages.png(200, 150, 91)).key();
        chair = assets.save(AssetDraft.create(props, "Barber Chair", Map.of("description", "Chrome and oxblood leather hydraulic chair",
                "material", "chrome, leather")), ImageSet.empty().add(picture, ImageType.REFERENCE, null, null).images(),
                VersionRequest.proposed());
    }

    @Test
    void anEditorSharesAPageAnyoneCanOpenUntilItIsRevoked() {
        UI.getCurrent().navigate("asset/" + chair.lineageId());
        assertThat(_get(AssetDetailView.class).shareLinks().getElement().getTextRecursively()).contains("No share links");

        _click(_get(Button.class, spec -> spec.withId("share-asset")));
        ShareAssetDialog dialog = _get(ShareAssetDialog.class);
        dialog.days.setValue(91);
        _click(dialog.primaryButton());
        assertThat(dialog.errorText()).contains("1 to 90");
        dialog.days.setValue(30);
        _click(dialog.primaryButton());
        String url = _get(TextField.class, spec -> spec.withId("share-link-url")).getValue();
        assertThat(url).startsWith("https://studio.thresho.example/shared/");
        String token = url.substring(url.lastIndexOf('/') + 1);
        String listed = _get(AssetDetailView.class).shareLinks().getElement().getTextRecursively();
        assertThat(listed).contains("Share page", "works until", "never opened").doesNotContain(token);

        TestLogins.logout();
        UI.getCurrent().navigate("shared/" + token);
        SharedAssetView page = _get(SharedAssetView.class);
        String text = page.getElement().getTextRecursively();
        assertThat(text).contains("Barber Chair", "Chrome and oxblood leather hydraulic chair", "Material: chrome, leather")
                .doesNotContain(chair.lineageId().toString(), chair.versionId().toString());
        assertThat(_get(Image.class, spec -> spec.withClasses("shared-image")).getSrc()).startsWith("data:image/");

        logins.loginAs(TestLogins.EDITOR);
        UI.getCurrent().navigate("asset/" + chair.lineageId());
        assertThat(_get(AssetDetailView.class).shareLinks().getElement().getTextRecursively()).contains("last opened");
        _click(_get(Button.class, spec -> spec.withText("Revoke")));
        assertThat(_get(AssetDetailView.class).shareLinks().getElement().getTextRecursively()).contains("revoked");

        TestLogins.logout();
        UI.getCurrent().navigate("shared/" + token);
        assertThat(_get(SharedAssetView.class).getElement().getTextRecursively()).contains("does not work").doesNotContain("Barber Chair");
    }

    @Test
    void aViewerCannotShare() {
        logins.loginAs(TestLogins.VIEWER);
        UI.getCurrent().navigate("asset/" + chair.lineageId());
        _assertNone(Button.class, spec -> spec.withId("share-asset"));
        assertThat(List.of(_get(AssetDetailView.class).getElement().getTextRecursively())).noneMatch(text -> text.contains("Share links"));
    }
}
