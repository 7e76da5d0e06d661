package studio.thresho.asset.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.dnd.GridDropLocation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import studio.thresho.asset.ImageDraft;
import studio.thresho.asset.ImageType;
import studio.thresho.asset.SheetSlot;
import studio.thresho.media.MediaService;
import studio.thresho.media.TestImages;
import studio.thresho.media.ui.MediaUpload.Received;
import studio.thresho.testsupport.KaribuTest;
import studio.thresho.testsupport.Workspace;

/** The images of the new-talent form: a selection of sheet views filed by name, moved between views, a headshot replaced. */
class AssetImagesEditorTest extends KaribuTest {

    private static final List<String> VIEWS = List.of("face", "body-front", "left", "right", "back", "3-4", "action", "smile");

    @Autowired
    Workspace workspace;
    @Autowired
    MediaService media;

    private AssetImagesEditor images;

    @BeforeEach
    void newTalentForm() {
        workspace.editorInNewProject("Sheet");
        UI.getCurrent().navigate("asset/new/talent");
        images = _get(AssetFormView.class).imagesEditor;
    }

    /** Stores one image per view name, in the order given, as files that finished uploading in that order. */
    private Map<String, Received> files(List<String> names, int seed) {
        Map<String, Received> files = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String fileName = "marcus-" + names.get(i) + ".png";
            files.put(names.get(i), new Received(fileName, media.ingest(fileName, TestImages.png(40, 50, seed + i))));
        }
        return files;
    }

    private SheetSlot slotOf(Received file) {
        return images.images().images().stream().filter(image -> image.mediaKey().equals(file.stored().key()))
                .map(ImageDraft::slot).findFirst().orElseThrow();
    }

    @Test
    void eightViewsChosenTogetherAreFiledByTheirNamesNotByWhenTheyFinished() {
        List<String> finishingOrder = new ArrayList<>(VIEWS);
        java.util.Collections.reverse(finishingOrder);
        Map<String, Received> files = files(finishingOrder, 9100);
        images.type.setValue(ImageType.CHARACTER_SHEET);

        images.attachSelection(new ArrayList<>(files.values()));

        assertThat(slotOf(files.get("face"))).isEqualTo(SheetSlot.FRONT_FACE);
        assertThat(slotOf(files.get("body-front"))).isEqualTo(SheetSlot.FULL_BODY_FRONT);
        assertThat(slotOf(files.get("left"))).isEqualTo(SheetSlot.PROFILE_LEFT);
        assertThat(slotOf(files.get("right"))).isEqualTo(SheetSlot.PROFILE_RIGHT);
        assertThat(slotOf(files.get("back"))).isEqualTo(SheetSlot.FULL_BODY_BACK);
        assertThat(slotOf(files.get("3-4"))).isEqualTo(SheetSlot.THREE_QUARTER);
        assertThat(slotOf(files.get("action"))).isEqualTo(SheetSlot.ACTION_POSE);
        assertThat(slotOf(files.get("smile"))).isEqualTo(SheetSlot.EXPRESSION);
        assertThat(images.status.getText()).isEqualTo("Missing: Headshot missing");
    }

    @Test
    void aHeadshotAndItsViewsDroppedTogetherAreFiledAtOnce() {
        List<String> names = new ArrayList<>(VIEWS);
        names.add("headshot");
        Map<String, Received> files = files(names, 9200);

        images.attachSelection(new ArrayList<>(files.values()));

        assertThat(images.images().images()).filteredOn(image -> image.type() == ImageType.HEADSHOT)
                .extracting(ImageDraft::mediaKey).containsExactly(files.get("headshot").stored().key());
        assertThat(slotOf(files.get("smile"))).isEqualTo(SheetSlot.EXPRESSION);
        assertThat(images.status.getText()).isEqualTo("9 images, nothing missing");
    }

    @Test
    void aViewMovesToAnotherSlotFromItsMenuSwappingWithTheViewThere() {
        Map<String, Received> files = files(List.of("face", "left"), 9300);
        images.type.setValue(ImageType.CHARACTER_SHEET);
        images.attachSelection(new ArrayList<>(files.values()));
        int faceRow = rowOf(files.get("face"));

        ImageRowActions actions = (ImageRowActions) GridKt._getCellComponent(images.grid, faceRow, "actions");
        assertThat(_get(actions, Button.class, spec -> spec.withText("Move to slot…")).isVisible()).isTrue();
        ContextMenuKt._clickItemWithCaption(actions.slotMenu, "Profile left (swap)");

        assertThat(slotOf(files.get("face"))).isEqualTo(SheetSlot.PROFILE_LEFT);
        assertThat(slotOf(files.get("left"))).isEqualTo(SheetSlot.FRONT_FACE);

        actions = (ImageRowActions) GridKt._getCellComponent(images.grid, rowOf(files.get("left")), "actions");
        ContextMenuKt._clickItemWithCaption(actions.slotMenu, "Expression variation");
        assertThat(slotOf(files.get("left"))).isEqualTo(SheetSlot.EXPRESSION);
        assertThat(slotOf(files.get("face"))).isEqualTo(SheetSlot.PROFILE_LEFT);
    }

    @Test
    void aViewDroppedOnAnotherViewSwapsWithIt() {
        Map<String, Received> files = files(List.of("face", "back"), 9400);
        images.type.setValue(ImageType.CHARACTER_SHEET);
        images.attachSelection(new ArrayList<>(files.values()));
        List<AssetImagesEditor.Row> rows = rowsOf(images.grid);

        images.dropOn(rows.get(rowOf(files.get("face"))), rows.get(rowOf(files.get("back"))), GridDropLocation.ON_TOP);

        assertThat(slotOf(files.get("face"))).isEqualTo(SheetSlot.FULL_BODY_BACK);
        assertThat(slotOf(files.get("back"))).isEqualTo(SheetSlot.FRONT_FACE);
    }

    @Test
    void replacingTheHeadshotAsksWhetherTheOldOneStaysAsAReference() {
        Map<String, Received> files = files(List.of("head-1", "head-2", "head-3"), 9500);
        images.type.setValue(ImageType.HEADSHOT);
        images.attachSelection(List.of(files.get("head-1")));
        assertThat(_find(HeadshotReplacement.class)).isEmpty();

        images.type.setValue(ImageType.HEADSHOT);
        images.attachSelection(List.of(files.get("head-2")));
        ConfirmDialogKt._fireConfirm(_get(HeadshotReplacement.class));
        assertThat(typesByKey()).containsEntry(files.get("head-1").stored().key(), ImageType.REFERENCE)
                .containsEntry(files.get("head-2").stored().key(), ImageType.HEADSHOT);

        images.type.setValue(ImageType.HEADSHOT);
        images.attachSelection(List.of(files.get("head-3")));
        ConfirmDialogKt._fireReject(_get(HeadshotReplacement.class));
        assertThat(typesByKey()).doesNotContainKey(files.get("head-2").stored().key())
                .containsEntry(files.get("head-3").stored().key(), ImageType.HEADSHOT)
                .containsEntry(files.get("head-1").stored().key(), ImageType.REFERENCE);
    }

    @Test
    void makingAnotherImageTheHeadshotAsksToo() {
        Map<String, Received> files = files(List.of("head", "other"), 9600);
        images.type.setValue(ImageType.HEADSHOT);
        images.attachSelection(List.of(files.get("head")));
        images.type.setValue(ImageType.REFERENCE);
        images.attachSelection(List.of(files.get("other")));

        _find(GridKt._getCellComponent(images.grid, rowOf(files.get("other")), "actions"), Button.class).stream()
                .filter(button -> button.getAriaLabel().orElse("").equals("Make headshot")).findFirst().orElseThrow().click();
        ConfirmDialogKt._fireReject(_get(HeadshotReplacement.class));

        assertThat(typesByKey()).containsExactly(Map.entry(files.get("other").stored().key(), ImageType.HEADSHOT));
    }

    private Map<String, ImageType> typesByKey() {
        Map<String, ImageType> types = new LinkedHashMap<>();
        images.images().images().forEach(image -> types.put(image.mediaKey(), image.type()));
        return types;
    }

    private int rowOf(Received file) {
        List<ImageDraft> all = images.images().images();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).mediaKey().equals(file.stored().key())) {
                return i;
            }
        }
        throw new AssertionError("Not in the grid: " + file.fileName());
    }
}
