package studio.thresho.asset.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import studio.thresho.asset.AssetDetail;
import studio.thresho.asset.AssetService;
import studio.thresho.asset.ImageType;
import studio.thresho.asset.SheetSlot;
import studio.thresho.media.MediaService;
import studio.thresho.media.TestImages;
import studio.thresho.project.CurrentProjectService;
import studio.thresho.project.ProjectService;
import studio.thresho.project.ProjectSummary;
import studio.thresho.security.SystemAuthentication;
import studio.thresho.security.TestLogins;
import studio.thresho.testsupport.KaribuTest;

class AssetFormViewTest extends KaribuTest {

    @Autowired
    ProjectService projects;
    @Autowired
    CurrentProjectService currentProject;
    @Autowired
    MediaService media;
    @Autowired
    AssetService assets;

    @BeforeEach
    void editorInAProject() {
        ProjectSummary project = SystemAuthentication.runAsSystem(() -> projects.create("Form " + UUID.randomUUID(), null));
        logins.loginAs(TestLogins.EDITOR);
        currentProject.select(project.id());
    }

    @Test
    void creatingMarcusWithHeadshotAndSixSheetViewsThenSeeingHimOnHisDetailView() {
        UI.getCurrent().navigate("assets/new/talent");
        AssetFormView form = _get(AssetFormView.class);
        form.name.setValue("Marcus");
        setField(form, "physical_description", "Black male, mid-30s, confident presence, short fade, well-groomed beard");
        setField(form, "build", "Athletic");
        setField(form, "default_wardrobe", "Black barber apron over a crisp white t-shirt");
        setField(form, "persona", "Professional but warm");
        _click(form.save);

        AssetImagesEditor images = _get(AssetImagesEditor.class);
        AssetDetail draft = images.asset();
        assertThat(draft.name()).isEqualTo("Marcus");
        assertThat(draft.completeness().missing()).containsExactly("Headshot missing", "0 of 6 character-sheet views");

        images.type.setValue(ImageType.HEADSHOT);
        images.attach(media.ingest("marcus-head.png", TestImages.png(300, 300, 501)));
        images.type.setValue(ImageType.CHARACTER_SHEET);
        for (int i = 0; i < 6; i++) {
            images.attach(media.ingest("marcus-" + i + ".png", TestImages.png(200, 260, 510 + i)));
        }
        assertThat(images.status.getText()).startsWith("Complete");

        UI.getCurrent().navigate("assets/" + draft.lineageId());
        AssetDetailView detail = _get(AssetDetailView.class);
        String text = detail.getElement().getTextRecursively();
        assertThat(text).contains("Marcus", "Physical description", "Black male, mid-30s", "Default wardrobe", "Persona",
                "Character reference sheet", SheetSlot.PROFILE_LEFT.label(), "Complete");
        assertThat(detail.asset().imagesOf(ImageType.CHARACTER_SHEET)).hasSize(6);
        assertThat(detail.asset().values()).containsEntry("build", "Athletic");
    }

    @Test
    void aBadFormShowsMessagesOnItsFieldsAndSavesNothing() {
        UI.getCurrent().navigate("assets/new/environment");
        AssetFormView form = _get(AssetFormView.class);
        form.name.setValue("Rooftop");
        form.slug.setValue("Not A Slug!");
        setField(form, "color_palette", "red, #zzzzzz");
        int before = assets.visibleAssets().size();

        _click(form.save);

        assertThat(((HasValidation) form.firstEditor("color_palette")).isInvalid()).isTrue();
        assertThat(((HasValidation) form.firstEditor("color_palette")).getErrorMessage()).contains("must contain colours like #1a2b3c");
        assertThat(_get(AssetFormView.class)).isSameAs(form);
        assertThat(assets.visibleAssets()).hasSize(before);

        setField(form, "color_palette", "#8b4513");
        _click(form.save);
        assertThat(form.slug.isInvalid()).isTrue();
        assertThat(form.slug.getErrorMessage()).contains("lower-case letters");
    }

    @Test
    void leavingWithUnsavedChangesAsksFirst() {
        UI.getCurrent().navigate("assets/new/props");
        AssetFormView form = _get(AssetFormView.class);
        form.name.setValue("Straight razor");

        UI.getCurrent().navigate("library");

        assertThat(_find(ConfirmDialog.class)).hasSize(1);
        assertThat(_get(AssetFormView.class)).isSameAs(form);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void setField(AssetFormView form, String key, Object value) {
        ((HasValue) form.firstEditor(key)).setValue(value);
    }
}
