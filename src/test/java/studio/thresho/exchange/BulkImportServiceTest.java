package studio.thresho.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import studio.thresho.asset.AssetDetail;
import studio.thresho.asset.AssetDraft;
import studio.thresho.asset.AssetImageView;
import studio.thresho.asset.AssetService;
import studio.thresho.asset.ImageType;
import studio.thresho.asset.SheetSlot;
import studio.thresho.media.TestImages;
import studio.thresho.project.ProjectSummary;
import studio.thresho.security.TestLogins;
import studio.thresho.testsupport.IntegrationTest;
import studio.thresho.testsupport.Workspace;

@IntegrationTest
class BulkImportServiceTest {

    @Autowired
    BulkImportService imports;
    @Autowired
    AssetService assets;
    @Autowired
    Workspace workspace;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    studio.thresho.asset.AssetSearchService search;
    @Autowired
    studio.thresho.asset.search.SearchIndex index;

    private ProjectSummary project;

    @BeforeEach
    void signIn() {
        project = workspace.editorInNewProject("Import");
    }

    @AfterEach
    void signOut() {
        TestLogins.logout();
    }

    private long assetsInProject() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM asset_lineages WHERE project_id = ?", Long.class, project.id().toString());
    }

    @Test
    void everyImportedAssetIsSearchableWhenTheImportReturnsAndTheIndexIsCurrent() throws Exception {
        TestZips builder = TestZips.zip();
        String token = "zq" + Long.toHexString(System.nanoTime());
        for (int i = 0; i < 7; i++) {
            builder.with("Talent/" + token + " " + i + "/headshot.jpg", TestImages.jpeg(80, 100, 40 + i));
        }
        try (SafeZip zip = SafeZip.open(builder.write())) {
            ImportReport report = imports.run(zip, imports.preview(zip, null), progress -> { });
            assertThat(report.outcomes()).hasSize(7).allSatisfy(outcome -> assertThat(outcome.result()).isEqualTo(ImportReport.Result.CREATED));
        }
        assertThat(search.search(studio.thresho.asset.search.SearchQuery.text(token)).total()).isEqualTo(7);
        assertThat(index.dataVersion()).isEqualTo(String.valueOf(jdbc.queryForObject("SELECT MAX(id) FROM library_changes", Long.class)));
    }

    @Test
    void aZipOfTwoTalentsIsPreviewedThenImportedWithHeadshotsAndSheetViews() throws Exception {
        Path file = TestZips.zip()
                .with("Talent/Marcus/headshot.jpg", TestImages.jpeg(120, 160, 1))
                .with("Talent/Marcus/marcus-front-face.png", TestImages.png(100, 100, 2))
                .with("Talent/Marcus/marcus-left.png", TestImages.png(100, 100, 3))
                .with("Talent/Marcus/shop.jpg", TestImages.jpeg(100, 80, 4))
                .with("Talent/Marcus/asset.json", """
                        {"name": "Marcus Johnson", "tags": ["barber", "Lead"], "values": {"age_range": "30-35"}}""".getBytes(StandardCharsets.UTF_8))
                .with("Talent/Sofia/sofia_portrait.jpg", TestImages.jpeg(90, 120, 5))
                .with("Talent/notes.txt", "hello".getBytes(StandardCharsets.UTF_8))
                .with("__MACOSX/Talent/._headshot.jpg", new byte[] {1})
                .write();

        try (SafeZip zip = SafeZip.open(file)) {
            ImportPreview preview = imports.preview(zip, null);
            assertThat(preview.assets()).extracting(PlannedAsset::name).containsExactly("Marcus Johnson", "Sofia");
            assertThat(preview.assets()).allSatisfy(asset -> assertThat(asset.categoryName()).isEqualTo("Talent"));
            assertThat(preview.assets().getFirst().images()).extracting(PlannedImage::role)
                    .containsExactly("Headshot", "Front face", "Profile left", "Reference");
            assertThat(preview.skipped()).singleElement().asString().contains("notes.txt", "not an image");
            assertThat(assetsInProject()).isZero();

            List<ImportProgress> progress = new ArrayList<>();
            ImportReport report = imports.run(zip, preview, progress::add);

            assertThat(report.summary()).isEqualTo("2 created, 0 skipped as duplicates, 0 refused");
            assertThat(progress.getLast().fraction()).isEqualTo(1.0);
            AssetDetail marcus = assets.get(report.outcomes().getFirst().lineageId());
            assertThat(marcus.tags()).containsExactly("barber", "lead");
            assertThat(marcus.values()).containsEntry("age_range", "30-35");
            assertThat(marcus.images()).extracting(AssetImageView::type).contains(ImageType.HEADSHOT, ImageType.CHARACTER_SHEET, ImageType.REFERENCE);
            assertThat(marcus.images()).extracting(AssetImageView::slot).contains(SheetSlot.FRONT_FACE, SheetSlot.PROFILE_LEFT);
            assertThat(assets.get(report.outcomes().get(1).lineageId()).images()).extracting(AssetImageView::type)
                    .containsExactly(ImageType.HEADSHOT);
        }
    }

    @Test
    void duplicatesAreSkippedAndARefusedAssetLeavesNothingWhileTheOthersAreImported() throws Exception {
        assets.save(AssetDraft.create(workspace.category("talent"), "Marcus", Map.of()));
        Path file = TestZips.zip()
                .with("Marcus/headshot.jpg", TestImages.jpeg(64, 64, 7))
                .with("Broken/headshot.jpg", TestImages.text("this is no jpeg"))
                .with("Broken/side-left.png", TestImages.png(64, 64, 8))
                .with("Shop/front.jpg", TestImages.jpeg(64, 64, 9))
                .write();

        try (SafeZip zip = SafeZip.open(file)) {
            ImportPreview preview = imports.preview(zip, workspace.category("talent"));
            assertThat(preview.summary()).startsWith("2 to create, 1 already in the library, 0 refused");

            ImportReport report = imports.run(zip, preview, progress -> { });

            assertThat(report.outcomes()).extracting(ImportReport.Outcome::name, ImportReport.Outcome::result).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("Broken", ImportReport.Result.REFUSED),
                    org.assertj.core.groups.Tuple.tuple("Marcus", ImportReport.Result.DUPLICATE),
                    org.assertj.core.groups.Tuple.tuple("Shop", ImportReport.Result.CREATED));
            assertThat(report.outcomes().getFirst().message()).startsWith("headshot.jpg: ");
            assertThat(assetsInProject()).isEqualTo(2);
        }
    }

    @Test
    void zipSlipAndLinksAreRefusedBeforeAnythingIsImported() {
        Path slip = TestZips.zip().with("Marcus/../../etc/headshot.jpg", TestImages.jpeg(32, 32, 1)).write();
        Path absolute = TestZips.zip().with("/tmp/Marcus/headshot.jpg", TestImages.jpeg(32, 32, 1)).write();
        Path link = TestZips.zip().with("Marcus/a.jpg", TestImages.jpeg(32, 32, 1)).link("Marcus/headshot.jpg", "/etc/passwd").write();

        assertThatThrownBy(() -> SafeZip.open(slip)).isInstanceOf(ImportRefusedException.class).hasMessageContaining("points outside its folder");
        assertThatThrownBy(() -> SafeZip.open(absolute)).isInstanceOf(ImportRefusedException.class).hasMessageContaining("absolute path");
        assertThatThrownBy(() -> SafeZip.open(link)).isInstanceOf(ImportRefusedException.class).hasMessageContaining("is a link");
        assertThat(assetsInProject()).isZero();
    }

    @Test
    void aZipBombIsRefusedByItsCompressionRatio() {
        Path bomb = TestZips.zip().with("Marcus/headshot.jpg", new byte[50 * 1024 * 1024]).write();

        assertThatThrownBy(() -> SafeZip.open(bomb)).isInstanceOf(ImportRefusedException.class)
                .hasMessageContaining("zip bomb").hasMessageContaining("times larger than it is packed");
    }

    @Test
    void notAZipAndOversizedImagesSayWhatWasWrong() throws Exception {
        Path notZip = java.nio.file.Files.write(java.nio.file.Files.createTempFile("thresho-", ".zip"), TestImages.jpeg(10, 10, 1));
        assertThatThrownBy(() -> SafeZip.open(notZip)).isInstanceOf(ImportRefusedException.class).hasMessageContaining("not a ZIP");

        Path html = TestZips.zip().with("Page/headshot.png", "<!doctype html><html></html>".getBytes(StandardCharsets.UTF_8)).write();
        try (SafeZip zip = SafeZip.open(html)) {
            ImportReport report = imports.run(zip, imports.preview(zip, workspace.category("talent")), progress -> { });
            assertThat(report.outcomes()).singleElement().satisfies(outcome -> {
                assertThat(outcome.result()).isEqualTo(ImportReport.Result.REFUSED);
                assertThat(outcome.message()).startsWith("headshot.png: ");
            });
        }
    }

    @Test
    void aFolderIsImportedLikeAZipWithItsPathsCleaned() throws Exception {
        try (FolderFiles folder = new FolderFiles()) {
            folder.add("Props/Vintage Chair/chair.jpg", new ByteArrayInputStream(TestImages.jpeg(80, 80, 11)));
            folder.add("Props/.DS_Store", new ByteArrayInputStream(new byte[] {1}));
            assertThatThrownBy(() -> folder.add("Props/../../x.jpg", new ByteArrayInputStream(new byte[] {1})))
                    .isInstanceOf(ImportRefusedException.class);

            ImportPreview preview = imports.preview(folder, workspace.category("talent"));
            assertThat(preview.assets()).singleElement().satisfies(asset -> {
                assertThat(asset.name()).isEqualTo("Vintage Chair");
                assertThat(asset.categoryName()).isEqualTo("Props");
            });
            assertThat(imports.run(folder, preview, progress -> { }).count(ImportReport.Result.CREATED)).isEqualTo(1);
        }
    }
}
