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
    studio.thresho.asset.AssetSearchService search;
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

    private long librarySize() {
        return search.search(new studio.thresho.asset.search.SearchQuery(null, java.util.Set.of(), null, List.of(), false, null, null,
                null, studio.thresho.asset.search.SearchSort.NAME, 0, 1)).total();
    }

    @Test
    void aBadFormShowsMessagesOnItsFieldsAndSavesNothing() {
        UI.getCurrent().navigate("assets/new/environment");
        AssetFormView form = _get(AssetFormView.class);
        form.name.setValue("Rooftop");
        form.slug.setValue("Not A Slug!");
        setField(form, "color_palette", "red, #zzzzzz");
        long before = librarySize();

        _click(form.save);

        assertThat(((HasValidation) form.firstEditor("color_palette")).isInvalid()).isTrue();
        assertThat(((HasValidation) form.firstEditor("color_palette")).getErrorMessage()).contains("must contain colours like #1a2b3c");
        assertThat(_get(AssetFormView.class)).isSameAs(form);
        assertThat(librarySize()).isEqualTo(before);

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

    @Test
    void aSaveOverSomeoneElsesChangeIsRefusedAndTheirChangeKept() {
        UUID props = _categoryId("props");
        AssetDetail razor = assets.save(new studio.thresho.asset.AssetDraft(null, null, props, "Razor", null, false, null,
                List.of(), java.util.Map.of("material", "steel")));
        UI.getCurrent().navigate("assets/" + razor.lineageId() + "/edit");
        AssetFormView form = _get(AssetFormView.class);
        assets.save(new studio.thresho.asset.AssetDraft(razor.lineageId(), razor.lockVersion(), props, "Razor", null, false, null,
                List.of(), java.util.Map.of("material", "damascus steel")));

        setField(form, "material", "plastic");
        _click(form.save);

        com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications(
                "Razor was changed by someone else meanwhile. Your changes were not saved: reload to see theirs, then apply yours again.");
        assertThat(assets.get(razor.lineageId()).values()).containsEntry("material", "damascus steel");
    }

    @Test
    void imagesAreReorderedByDroppingARowBeforeAnother() {
        UUID props = _categoryId("props");
        AssetDetail chair = assets.save(new studio.thresho.asset.AssetDraft(null, null, props, "Chair", null, false, null,
                List.of(), java.util.Map.of()));
        UI.getCurrent().navigate("assets/" + chair.lineageId() + "/edit");
        AssetImagesEditor images = _get(AssetImagesEditor.class);
        images.attach(media.ingest("a.png", TestImages.png(50, 50, 601)));
        images.attach(media.ingest("b.png", TestImages.png(50, 50, 602)));
        var first = images.asset().images().get(0);
        var second = images.asset().images().get(1);

        images.moveNextTo(second, first, com.vaadin.flow.component.grid.dnd.GridDropLocation.ABOVE);

        assertThat(images.asset().images()).extracting(studio.thresho.asset.AssetImageView::id).containsExactly(second.id(), first.id());
        assertThat(rowsOf(images.grid)).extracting(studio.thresho.asset.AssetImageView::id).containsExactly(second.id(), first.id());
    }

    private UUID _categoryId(String slug) {
        return context.getBean(studio.thresho.asset.category.CategoryService.class).tree().stream()
                .filter(node -> node.slug().equals(slug)).findFirst().orElseThrow().id();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void setField(AssetFormView form, String key, Object value) {
        ((HasValue) form.firstEditor(key)).setValue(value);
    }
}
