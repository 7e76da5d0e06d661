package studio.thresho.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import studio.thresho.asset.AssetDetail;
import studio.thresho.asset.AssetDraft;
import studio.thresho.asset.AssetImageView;
import studio.thresho.asset.AssetService;
import studio.thresho.asset.ImageDraft;
import studio.thresho.asset.ImageType;
import studio.thresho.asset.SheetSlot;
import studio.thresho.asset.VersionRequest;
import studio.thresho.media.MediaService;
import studio.thresho.media.TestImages;
import studio.thresho.security.TestLogins;
import studio.thresho.testsupport.IntegrationTest;
import studio.thresho.testsupport.Workspace;

@IntegrationTest
class LibraryExportServiceTest {

    @Autowired
    LibraryExportService exports;
    @Autowired
    BulkImportService imports;
    @Autowired
    AssetService assets;
    @Autowired
    MediaService media;
    @Autowired
    Workspace workspace;

    @TempDir
    Path temp;

    @BeforeEach
    void signIn() {
        workspace.editorInNewProject("Export source");
    }

    @AfterEach
    void signOut() {
        TestLogins.logout();
    }

    private AssetDetail talent(String name, long seed) {
        List<ImageDraft> images = List.of(
                new ImageDraft(media.ingest("h.jpg", TestImages.jpeg(120, 160, seed)).key(), ImageType.HEADSHOT, null, null),
                new ImageDraft(media.ingest("f.png", TestImages.png(100, 100, seed + 1)).key(), ImageType.CHARACTER_SHEET, SheetSlot.FRONT_FACE, null),
                new ImageDraft(media.ingest("l.png", TestImages.png(100, 100, seed + 2)).key(), ImageType.CHARACTER_SHEET, SheetSlot.PROFILE_LEFT, null),
                new ImageDraft(media.ingest("b.png", TestImages.png(100, 100, seed + 3)).key(), ImageType.CHARACTER_SHEET, SheetSlot.FULL_BODY_BACK, null),
                new ImageDraft(media.ingest("shop.jpg", TestImages.jpeg(100, 80, seed + 4)).key(), ImageType.REFERENCE, null, null));
        AssetDraft draft = new AssetDraft(null, null, workspace.category("talent"), name, null, false, null, List.of("barber", "lead"),
                Map.of("age_range", "30-35", "build", "Athletic", "physical_description", "Tall, short beard"));
        return assets.save(draft, images, VersionRequest.proposed());
    }

    private byte[] export(ExportRequest request) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.write(request, out, progress -> { }, () -> false);
        return out.toByteArray();
    }

    private ImportReport importInto(byte[] zipBytes, String projectName) throws IOException {
        workspace.editorInNewProject(projectName);
        Path file = Files.write(temp.resolve(projectName + ".zip"), zipBytes);
        try (SafeZip zip = SafeZip.open(file)) {
            ImportPreview preview = imports.preview(zip, null);
            return imports.run(zip, preview, progress -> { });
        }
    }

    @Test
    void aCategoryExportImportsIntoAnotherProjectWithTheSameFieldsTagsAndImages() throws IOException {
        AssetDetail marcus = talent("Marcus Export", 11);
        AssetDetail sofia = talent("Sofia Export", 21);
        AssetDetail shop = assets.save(new AssetDraft(null, null, workspace.category("environment"), "Barber Shop Export", null, false, null,
                List.of("interior"), Map.of()), List.of(new ImageDraft(media.ingest("s.jpg", TestImages.jpeg(90, 60, 31)).key(),
                ImageType.REFERENCE, null, null)), VersionRequest.proposed());

        byte[] zip = export(new ExportRequest.Category(workspace.category("talent"), ExportRequest.LibraryScope.PROJECT));
        assertThat(entries(zip)).contains("README.txt", "categories.json", "talent/marcus-export/asset.json",
                "talent/marcus-export/headshot.jpg", "talent/marcus-export/front-face.png", "talent/marcus-export/profile-left.png",
                "talent/marcus-export/back.png", "talent/marcus-export/reference-1.jpg").noneMatch(path -> path.contains("barber-shop"));

        ImportReport report = importInto(zip, "Export target");

        assertThat(report.summary()).isEqualTo("2 created, 0 skipped as duplicates, 0 refused");
        for (AssetDetail original : List.of(marcus, sofia)) {
            AssetDetail copy = assets.get(report.outcomes().stream().filter(outcome -> outcome.name().equals(original.name()))
                    .findFirst().orElseThrow().lineageId());
            assertSameContent(copy, original);
        }
        assertThat(shop.name()).isEqualTo("Barber Shop Export");
    }

    @Test
    void aLibraryExportOfTheProjectHoldsEveryCategoryAndImportsBack() throws IOException {
        AssetDetail marcus = talent("Marcus Library", 41);
        AssetDetail shop = assets.save(new AssetDraft(null, null, workspace.category("environment"), "Shop Library", null, false, null,
                List.of("interior"), Map.of()), List.of(new ImageDraft(media.ingest("s.jpg", TestImages.jpeg(90, 60, 51)).key(),
                ImageType.REFERENCE, null, null)), VersionRequest.proposed());

        List<ExportProgress> progress = new ArrayList<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.write(new ExportRequest.Library(ExportRequest.LibraryScope.PROJECT), out, progress::add, () -> false);

        assertThat(entries(out.toByteArray())).contains("talent/marcus-library/asset.json", "environment/shop-library/reference-1.jpg");
        assertThat(progress.getLast()).isEqualTo(new ExportProgress(2, 2));
        ImportReport report = importInto(out.toByteArray(), "Library target");
        assertThat(report.summary()).isEqualTo("2 created, 0 skipped as duplicates, 0 refused");
        assertSameContent(assets.get(report.outcomes().get(0).lineageId()), shop);
        assertSameContent(assets.get(report.outcomes().get(1).lineageId()), marcus);
    }

    @Test
    void aSingleAssetExportImportsBackAndASecondImportIsADuplicate() throws IOException {
        AssetDetail marcus = talent("Marcus Single", 61);
        assertThat(exports.fileName(new ExportRequest.OneAsset(marcus.lineageId(), null))).isEqualTo("marcus-single.zip");

        byte[] zip = export(new ExportRequest.OneAsset(marcus.lineageId(), null));
        ImportReport report = importInto(zip, "Single target");

        assertThat(report.summary()).isEqualTo("1 created, 0 skipped as duplicates, 0 refused");
        assertSameContent(assets.get(report.outcomes().getFirst().lineageId()), marcus);
    }

    @Test
    void anExportImportedWhereItCameFromIsSkippedOrImportedAsACopy() throws IOException {
        AssetDetail marcus = talent("Marcus Conflict", 81);
        Path file = Files.write(temp.resolve("conflict.zip"), export(new ExportRequest.OneAsset(marcus.lineageId(), null)));

        try (SafeZip zip = SafeZip.open(file)) {
            ImportPreview preview = imports.preview(zip, null);
            assertThat(preview.assets()).singleElement().extracting(PlannedAsset::duplicate).isEqualTo(true);

            assertThat(imports.run(zip, preview, ConflictChoice.SKIP, progress -> { }).summary())
                    .isEqualTo("0 created, 1 skipped as duplicates, 0 refused");
            ImportReport copied = imports.run(zip, preview, ConflictChoice.COPY, progress -> { });
            ImportReport secondCopy = imports.run(zip, preview, ConflictChoice.COPY, progress -> { });

            AssetDetail copy = assets.get(copied.outcomes().getFirst().lineageId());
            assertThat(copy.name()).isEqualTo("Marcus Conflict (copy)");
            assertThat(copy.values()).isEqualTo(marcus.values());
            assertThat(copy.images()).hasSameSizeAs(marcus.images());
            assertThat(assets.get(secondCopy.outcomes().getFirst().lineageId()).name()).isEqualTo("Marcus Conflict (copy 2)");
        }
    }

    @Test
    void aCancelledExportThrowsAndLeavesNoReadableZip() throws IOException {
        talent("Marcus Cancelled", 71);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThatThrownBy(() -> exports.write(new ExportRequest.Library(ExportRequest.LibraryScope.PROJECT), out, progress -> { }, () -> true))
                .isInstanceOf(IOException.class).hasMessageContaining("cancelled");

        Path file = Files.write(temp.resolve("cancelled.zip"), out.toByteArray());
        assertThatThrownBy(() -> SafeZip.open(file)).isInstanceOf(ImportRefusedException.class);
    }

    private static void assertSameContent(AssetDetail copy, AssetDetail original) {
        assertThat(copy.name()).isEqualTo(original.name());
        assertThat(copy.categoryId()).isEqualTo(original.categoryId());
        assertThat(copy.tags()).isEqualTo(original.tags());
        assertThat(copy.values()).isEqualTo(original.values());
        assertThat(copy.images()).extracting(AssetImageView::mediaKey, AssetImageView::type, AssetImageView::slot)
                .containsExactlyInAnyOrderElementsOf(original.images().stream()
                        .map(image -> org.assertj.core.groups.Tuple.tuple(image.mediaKey(), image.type(), image.slot())).toList());
    }

    private static List<String> entries(byte[] zip) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                names.add(entry.getName());
            }
        }
        return names;
    }
}
