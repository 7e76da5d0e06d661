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
    @Autowired
    studio.thresho.asset.PromptFragmentService fragments;

    @BeforeEach
    void editorInAProject() {
        ProjectSummary project = SystemAuthentication.runAsSystem(() -> projects.create("Form " + UUID.randomUUID(), null));
        logins.loginAs(TestLogins.EDITOR);
        currentProject.select(project.id());
    }

    @Test
    void creatingMarcusWithHeadshotAndSixSheetViewsThenSeeingHimOnHisDetailView() {
        UI.getCurrent().navigate("asset/new/talent");
        AssetFormView form = _get(AssetFormView.class);
        form.name.setValue("Marcus");
        setField(form, "physical_description", "Black male, mid-30s, confident presence, short fade, well-groomed beard");
        setField(form, "build", "Athletic");
        setField(form, "default_wardrobe", "Black barber apron over a crisp white t-shirt");
        setField(form, "persona", "Professional but warm");
        AssetImagesEditor images = form.imagesEditor;
        assertThat(images.status.getText()).isEqualTo("Missing: Headshot missing, 0 of 6 character-sheet views");

        images.type.setValue(ImageType.HEADSHOT);
        images.attach(media.ingest("marcus-head.png", TestImages.png(300, 300, 501)));
        images.type.setValue(ImageType.CHARACTER_SHEET);
        for (int i = 0; i < 6; i++) {
            images.attach(media.ingest("marcus-" + i + ".png", TestImages.png(200, 260, 510 + i)));
        }
        assertThat(images.status.getText()).isEqualTo("7 images, nothing missing");
        _click(form.save);

        AssetDetailView detail = _get(AssetDetailView.class);
        String text = detail.getElement().getTextRecursively();
        assertThat(text).contains("Marcus", "Physical description", "Black male, mid-30s", "Default wardrobe", "Persona",
                "Character reference sheet", SheetSlot.PROFILE_LEFT.label(), "Complete", "v1.0.0 (latest)", "Initial creation");
        assertThat(detail.asset().imagesOf(ImageType.CHARACTER_SHEET)).hasSize(6);
        assertThat(detail.asset().imagesOf(ImageType.COMPOSITE)).hasSize(1);
        assertThat(detail.asset().values()).containsEntry("build", "Athletic");
    }

    @Test
    void savingAnEditProposesTheBumpAndTheUserMayOverrideItAndWriteNotes() {
        UUID talent = _categoryId("talent");
        AssetDetail marcus = assets.save(new studio.thresho.asset.AssetDraft(null, null, talent, "Marcus", null, false, null,
                List.of(), java.util.Map.of("default_wardrobe", "white t-shirt", "hair", "curls")));
        UI.getCurrent().navigate("asset/" + marcus.lineageId() + "/edit");
        AssetFormView form = _get(AssetFormView.class);

        _click(form.save);
        com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications("Nothing changed since v1.0.0.");

        setField(form, "default_wardrobe", "black apron");
        _click(form.save);
        SaveVersionDialog dialog = form.saveDialog;
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.bump.getValue()).isEqualTo(studio.thresho.asset.category.VersionBump.MINOR);
        assertThat(dialog.changes.getElement().getTextRecursively()).contains("Default wardrobe changed", "Minor");
        assertThat(dialog.save.getText()).isEqualTo("Save v1.1.0");
        dialog.bump.setValue(studio.thresho.asset.category.VersionBump.MAJOR);
        assertThat(dialog.save.getText()).isEqualTo("Save v2.0.0");
        dialog.notes.setValue("Black apron for the Q1 campaign");
        _click(dialog.save);

        AssetDetailView detail = _get(AssetDetailView.class);
        assertThat(detail.asset().version()).isEqualTo("2.0.0");
        assertThat(detail.asset().versionNotes()).isEqualTo("Black apron for the Q1 campaign");
        assertThat(detail.getElement().getTextRecursively()).contains("v2.0.0 (latest) · 2 versions", "Black apron for the Q1 campaign");
    }

    @Test
    void promptFragmentsAreEditedInTheFormShowWhereTheyLandAndSaveAsAPatch() {
        UUID talent = _categoryId("talent");
        AssetDetail marcus = assets.save(studio.thresho.asset.AssetDraft.create(talent, "Marcus", java.util.Map.of("physical_description",
                "a barber")));
        UI.getCurrent().navigate("asset/" + marcus.lineageId() + "/edit");
        AssetFormView form = _get(AssetFormView.class);

        _click(form.fragmentsEditor.add);
        PromptFragmentsEditor.Row row = form.fragmentsEditor.rows.getFirst();
        row.provider.setValue("midjourney");
        row.type.setValue(studio.thresho.asset.FragmentType.BASE);
        row.text.setValue("Marcus, a Black barber in his mid-30s, editorial portrait");
        assertThat(row.provider.getItemLabelGenerator().apply("midjourney")).isEqualTo("Midjourney (copy & paste)");
        assertThat(row.preview.getText()).isEqualTo("In a prompt: A medium shot of Marcus, [Marcus, a Black barber in his mid-30s, editorial portrait],"
                + " wearing …");
        assertThat(form.hasUnsavedChanges()).isTrue();

        _click(form.save);
        assertThat(form.saveDialog.changes.getElement().getTextRecursively()).contains("Prompt fragments changed");
        assertThat(form.saveDialog.bump.getValue()).isEqualTo(studio.thresho.asset.category.VersionBump.PATCH);
        _click(form.saveDialog.save);

        AssetDetail saved = assets.latest(marcus.lineageId());
        assertThat(saved.version()).isEqualTo("1.0.1");
        assertThat(fragments.of(saved.versionId())).containsExactly(new studio.thresho.asset.PromptFragment("midjourney",
                studio.thresho.asset.FragmentType.BASE, "Marcus, a Black barber in his mid-30s, editorial portrait"));
        assertThat(fragments.of(marcus.versionId())).as("v1.0.0 stays as it was").isEmpty();
        UI.getCurrent().navigate("asset/" + marcus.lineageId() + "/edit");
        assertThat(_get(AssetFormView.class).fragmentsEditor.fragments()).hasSize(1);
    }

    @Test
    void imageChangesAreSavedWithTheFormAsOneVersion() {
        UUID props = _categoryId("props");
        AssetDetail chair = assets.save(new studio.thresho.asset.AssetDraft(null, null, props, "Chair", null, false, null,
                List.of(), java.util.Map.of()));
        UI.getCurrent().navigate("asset/" + chair.lineageId() + "/edit");
        AssetFormView form = _get(AssetFormView.class);
        form.imagesEditor.attach(media.ingest("a.png", TestImages.png(50, 50, 611)));
        form.imagesEditor.attach(media.ingest("b.png", TestImages.png(50, 50, 612)));
        assertThat(assets.latest(chair.lineageId()).images()).isEmpty();
        assertThat(form.hasUnsavedChanges()).isTrue();

        _click(form.save);
        assertThat(form.saveDialog.changes.getElement().getTextRecursively()).contains("Images 2 added");
        _click(form.saveDialog.save);

        AssetDetail saved = assets.latest(chair.lineageId());
        assertThat(saved.version()).isEqualTo("1.1.0");
        assertThat(saved.images()).hasSize(2);
    }

    @Test
    void aBadFormShowsMessagesOnItsFieldsAndSavesNothing() {
        UI.getCurrent().navigate("asset/new/environment");
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

    /** A browser's maxlength would drop what is pasted beyond the limit without a word. */
    @Test
    void aNameOverTheLimitIsRefusedWithAMessageNotCut() {
        UI.getCurrent().navigate("asset/new/props");
        AssetFormView form = _get(AssetFormView.class);
        assertThat(form.name.getMaxLength()).as("no maxlength for the browser to cut at").isZero();
        String tooLong = "Chair".repeat(41);

        form.name.setValue(tooLong);
        assertThat(form.name.isInvalid()).isTrue();
        assertThat(form.name.getErrorMessage()).isEqualTo("At most 200 characters; this has 205.");
        long before = librarySize();
        _click(form.save);

        assertThat(form.name.getValue()).isEqualTo(tooLong);
        assertThat(form.name.getErrorMessage()).isEqualTo("Name has at most 200 characters");
        assertThat(librarySize()).isEqualTo(before);
        form.name.setValue("Chair");
        assertThat(form.name.isInvalid()).isFalse();
    }

    @Test
    void leavingWithUnsavedChangesAsksFirst() {
        UI.getCurrent().navigate("asset/new/props");
        AssetFormView form = _get(AssetFormView.class);
        form.name.setValue("Straight razor");

        UI.getCurrent().navigate("library");

        assertThat(_find(ConfirmDialog.class)).hasSize(1);
        assertThat(_get(AssetFormView.class)).isSameAs(form);
    }

    @Test
    void aSaveOverSomeoneElsesVersionIsStoppedThenReviewedAndSavedOnTop() {
        UUID props = _categoryId("props");
        AssetDetail razor = assets.save(new studio.thresho.asset.AssetDraft(null, null, props, "Razor", null, false, null,
                List.of(), java.util.Map.of("material", "steel")));
        UI.getCurrent().navigate("asset/" + razor.lineageId() + "/edit");
        AssetFormView form = _get(AssetFormView.class);
        assets.save(new studio.thresho.asset.AssetDraft(razor.lineageId(), razor.lockVersion(), props, "Razor", null, false, null,
                List.of(), java.util.Map.of("material", "damascus steel")));

        setField(form, "material", "plastic");
        _click(form.save);

        ConfirmDialog stopped = _get(ConfirmDialog.class, spec -> spec.withClasses("changed-meanwhile"));
        assertThat(com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._getText(stopped))
                .contains("Razor was changed meanwhile: someone saved v1.1.0 while you were editing");
        assertThat(assets.latest(razor.lineageId()).values()).containsEntry("material", "damascus steel");
        assertThat(((HasValue<?, ?>) form.firstEditor("material")).getValue()).isEqualTo("plastic");

        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(stopped);
        assertThat(form.saveDialog.changes.getElement().getTextRecursively()).contains("Material changed");
        assertThat(form.saveDialog.save.getText()).isEqualTo("Save v1.2.0");
        _click(form.saveDialog.save);
        assertThat(assets.latest(razor.lineageId()).values()).containsEntry("material", "plastic");
        assertThat(assets.latest(razor.lineageId()).version()).isEqualTo("1.2.0");
    }

    @Test
    void imagesAreReorderedByDroppingARowBeforeAnother() {
        UI.getCurrent().navigate("asset/new/props");
        AssetImagesEditor images = _get(AssetFormView.class).imagesEditor;
        String first = media.ingest("a.png", TestImages.png(50, 50, 601)).key();
        String second = media.ingest("b.png", TestImages.png(50, 50, 602)).key();
        images.attach(media.find(first).orElseThrow());
        images.attach(media.find(second).orElseThrow());
        List<AssetImagesEditor.Row> rows = rowsOf(images.grid);

        images.dropOn(rows.get(1), rows.get(0), com.vaadin.flow.component.grid.dnd.GridDropLocation.ABOVE);

        assertThat(images.images().images()).extracting(studio.thresho.asset.ImageDraft::mediaKey).containsExactly(second, first);
        assertThat(rowsOf(images.grid)).extracting(row -> row.image().mediaKey()).containsExactly(second, first);
    }

    private long librarySize() {
        return search.search(new studio.thresho.asset.search.SearchQuery(null, java.util.Set.of(), null, List.of(), false, null, null,
                null, studio.thresho.asset.search.SearchSort.NAME, 0, 1)).total();
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
