package studio.thresho.lora.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import studio.thresho.asset.AssetDetail;
import studio.thresho.asset.AssetDraft;
import studio.thresho.asset.AssetService;
import studio.thresho.asset.ImageDraft;
import studio.thresho.asset.ImageType;
import studio.thresho.asset.SheetSlot;
import studio.thresho.asset.VersionRequest;
import studio.thresho.lora.LoraExportService;
import studio.thresho.lora.LoraExportSummary;
import studio.thresho.lora.LoraFormat;
import studio.thresho.media.MediaService;
import studio.thresho.media.TestImages;
import studio.thresho.security.TestLogins;
import studio.thresho.testsupport.KaribuTest;
import studio.thresho.testsupport.Workspace;

class LoraExportDialogTest extends KaribuTest {

    @Autowired
    LoraExportService exports;
    @Autowired
    AssetService assets;
    @Autowired
    MediaService media;
    @Autowired
    Workspace workspace;

    private AssetDetail talent(String name, long seed) {
        List<ImageDraft> images = List.of(
                new ImageDraft(media.ingest("h.jpg", TestImages.jpeg(120, 160, seed)).key(), ImageType.HEADSHOT, null, null),
                new ImageDraft(media.ingest("f.png", TestImages.png(100, 100, seed + 1)).key(), ImageType.CHARACTER_SHEET, SheetSlot.FRONT_FACE, null),
                new ImageDraft(media.ingest("b.png", TestImages.png(100, 100, seed + 2)).key(), ImageType.CHARACTER_SHEET, SheetSlot.FULL_BODY_BACK, null));
        return assets.save(new AssetDraft(null, null, workspace.category("talent"), name, null, false, null, List.of("male"),
                Map.of("physical_description", "Black male, mid-30s", "distinguishing_features", "Small tattoo on right forearm")),
                images, VersionRequest.proposed());
    }

    @Test
    void anEditedCaptionIsInTheDownloadedZipAndKeptWithTheExport() throws IOException {
        workspace.editorInNewProject("LoRA dialog");
        AssetDetail marcus = talent("Marcus Dialog", 5);
        logins.loginAs(TestLogins.VIEWER);
        UI.getCurrent().navigate("asset/" + marcus.lineageId());

        _click(_get(Button.class, spec -> spec.withClasses("lora-export")));
        LoraExportDialog dialog = _get(LoraExportDialog.class);
        DatasetEditor editor = dialog.editors.getFirst();

        assertThat(editor.trigger.getValue()).isEqualTo("mrcsdlgx");
        assertThat(dialog.download.getHref()).isNotBlank();
        List<CaptionRow> rows = _find(editor.captions, CaptionRow.class);
        assertThat(rows).hasSize(3);
        assertThat(rows.get(2).caption.getValue()).isEqualTo("mrcsdlgx man, full body back");
        assertThat(editor.guidance.warning.isVisible()).isTrue();
        assertThat(editor.guidance.warning.getText()).contains("overfit");
        assertThat(editor.guidance.mirror.getText()).contains("tattoo on right forearm");

        rows.get(2).caption.setValue("mrcsdlgx man, full body back, walking out of the shop");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<LoraExportSummary> recorded = dialog.handler.write(dialog.requests(), out);

        assertThat(entry(out.toByteArray(), "img/50_mrcsdlgx man/marcus-dialog-03-back.txt"))
                .isEqualTo("mrcsdlgx man, full body back, walking out of the shop");
        LoraExportSummary row = exports.history(marcus.lineageId()).getFirst();
        assertThat(row.id()).isEqualTo(recorded.getFirst().id());
        assertThat(row.format()).isEqualTo(LoraFormat.KOHYA);
        assertThat(row.editedCaptions()).isEqualTo(1);
        assertThat(row.captions().get(2).caption()).isEqualTo("mrcsdlgx man, full body back, walking out of the shop");
    }

    @Test
    void aNewTriggerWordCarriesIntoEditedCaptionsAndACommonWordIsRefusedAtTheField() {
        workspace.editorInNewProject("LoRA trigger");
        AssetDetail marcus = talent("Marcus Trigger", 15);
        LoraExportDialog dialog = LoraExportDialog.forTalent(exports, context.getBean(studio.thresho.asset.AssetVersionService.class),
                marcus.lineageId(), marcus.name(), null);
        DatasetEditor editor = dialog.editors.getFirst();
        _find(editor.captions, CaptionRow.class).getFirst().caption.setValue("mrcstrggrx man, headshot, studio light");

        editor.trigger.setValue("mrcz");

        assertThat(editor.trigger.isInvalid()).isFalse();
        assertThat(_find(editor.captions, CaptionRow.class).getFirst().caption.getValue()).isEqualTo("mrcz man, headshot, studio light");

        editor.trigger.setValue("barber shop");
        assertThat(editor.trigger.isInvalid()).isTrue();
        assertThat(editor.trigger.getErrorMessage()).contains("without spaces");

        dialog.format.setValue(LoraFormat.CIVITAI);
        editor.trigger.setValue("mrcz");
        assertThat(editor.count.getText()).startsWith("3 images").contains("Civitai asks for this image count");
    }

    @Autowired
    studio.thresho.project.CurrentProjectService currentProject;

    @Test
    void theLibraryExportsSeveralTalentsAndLinksTheWorkflowsPage() {
        studio.thresho.project.ProjectSummary project = workspace.editorInNewProject("LoRA library");
        AssetDetail marcus = talent("Marcus Several", 25);
        AssetDetail sofia = talent("Sofia Several", 35);
        logins.loginAs(TestLogins.VIEWER);
        currentProject.select(project.id());
        UI.getCurrent().navigate("library");

        _click(_get(Button.class, spec -> spec.withClasses("library-lora-export")));
        LoraExportDialog dialog = _get(LoraExportDialog.class);
        dialog.talents.setValue(dialog.talents.getListDataView().getItems()
                .filter(talent -> talent.lineageId().equals(marcus.lineageId()) || talent.lineageId().equals(sofia.lineageId())).toList()
                .stream().collect(java.util.stream.Collectors.toSet()));

        assertThat(dialog.requests()).extracting(request -> request.lineageId()).containsExactlyInAnyOrder(marcus.lineageId(), sofia.lineageId());

        UI.getCurrent().navigate(LoraWorkflowsView.class);
        assertThat(_find(H2.class)).extracting(H2::getText).contains("Civitai", "ostris ai-toolkit");
    }

    private static String entry(byte[] zip, String path) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                if (entry.getName().equals(path)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("No " + path);
    }
}
