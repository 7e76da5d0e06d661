package studio.thresho.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import studio.thresho.asset.AssetDetail;
import studio.thresho.asset.AssetDraft;
import studio.thresho.asset.AssetService;
import studio.thresho.asset.AssetVersionService;
import studio.thresho.asset.ConsistencyService;
import studio.thresho.asset.ConsistencySettings;
import studio.thresho.asset.FragmentType;
import studio.thresho.asset.ImageDraft;
import studio.thresho.asset.ImageType;
import studio.thresho.asset.PromptFragment;
import studio.thresho.asset.PromptFragmentService;
import studio.thresho.asset.SheetSlot;
import studio.thresho.asset.VersionRequest;
import studio.thresho.asset.VersionSummary;
import studio.thresho.asset.category.CategoryNode;
import studio.thresho.asset.category.FieldDefinition;
import studio.thresho.asset.category.FieldType;
import studio.thresho.media.MediaService;
import studio.thresho.media.TestImages;
import studio.thresho.project.ProjectSummary;
import studio.thresho.security.TestLogins;
import studio.thresho.testsupport.IntegrationTest;
import studio.thresho.testsupport.Workspace;

/** An asset with history, fragments and consistency settings exported and imported back: whole, active only, on conflict, damaged. */
@IntegrationTest
class ExportRoundTripTest {

    @Autowired
    LibraryExportService exports;
    @Autowired
    BulkImportService imports;
    @Autowired
    AssetService assets;
    @Autowired
    AssetVersionService versions;
    @Autowired
    PromptFragmentService fragments;
    @Autowired
    ConsistencyService consistency;
    @Autowired
    MediaService media;
    @Autowired
    Workspace workspace;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestLogins logins;

    @TempDir
    Path temp;

    private ProjectSummary source;
    private AssetDetail marcus;
    private String headshotKey;

    /** Marcus in three versions, v1.1.0 active (not the latest), with fragments, a kept seed and chosen references. */
    @BeforeEach
    void anAssetWithHistory() {
        source = workspace.editorInNewProject("Round trip source");
        long seed = System.nanoTime() % 100_000;
        headshotKey = media.ingest("h.jpg", TestImages.jpeg(120, 160, seed)).key();
        List<ImageDraft> images = List.of(new ImageDraft(headshotKey, ImageType.HEADSHOT, null, "Studio light"),
                new ImageDraft(media.ingest("f.png", TestImages.png(100, 100, seed + 1)).key(), ImageType.CHARACTER_SHEET, SheetSlot.FRONT_FACE, null),
                new ImageDraft(media.ingest("l.png", TestImages.png(100, 100, seed + 2)).key(), ImageType.CHARACTER_SHEET, SheetSlot.PROFILE_LEFT, null),
                new ImageDraft(media.ingest("r.jpg", TestImages.jpeg(90, 70, seed + 3)).key(), ImageType.REFERENCE, null, "Barbershop"));
        AssetDetail first = assets.save(new AssetDraft(null, null, workspace.category("talent"), "Marcus Trip", null, false, null,
                List.of("barber"), Map.of("age_range", "30-35", "build", "Athletic")), images, new VersionRequest(null, "First cut", null));
        AssetDetail second = assets.save(AssetDraft.of(assets.latest(first.lineageId())).withFragments(List.of(
                        new PromptFragment(null, FragmentType.BASE, "Marcus, a barber in his thirties"),
                        new PromptFragment("storyboard", FragmentType.STYLE, "ink sketch"))),
                null, new VersionRequest(null, "Prompt fragments", null));
        List<ImageDraft> newHeadshot = new java.util.ArrayList<>(assets.latest(first.lineageId()).images().stream()
                .filter(image -> image.type() != ImageType.HEADSHOT && image.type() != ImageType.COMPOSITE).map(ImageDraft::of).toList());
        newHeadshot.addFirst(new ImageDraft(media.ingest("h2.jpg", TestImages.jpeg(120, 160, seed + 4)).key(), ImageType.HEADSHOT, null, null));
        AssetDetail third = assets.save(new AssetDraft(first.lineageId(), null, first.categoryId(), "Marcus Trip", null, false, null,
                List.of("barber", "lead"), Map.of("age_range", "30-35", "build", "Slim")), newHeadshot, new VersionRequest(null, "New look", false));
        assertThat(List.of(first.version(), second.version(), third.version())).doesNotHaveDuplicates();
        versions.setActive(first.lineageId(), second.versionId());
        consistency.save(first.lineageId(), new ConsistencySettings(Map.of("storyboard", 4242L), 250, null, "profile_left", headshotKey));
        marcus = assets.get(first.lineageId());
    }

    @AfterEach
    void signOut() {
        TestLogins.logout();
    }

    private SameHistory sameHistory() {
        return new SameHistory(versions, fragments, consistency, media);
    }

    private Path export(ExportRequest request) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.write(request, out, progress -> { }, () -> false);
        return Files.write(temp.resolve(UUID.randomUUID() + ".zip"), out.toByteArray());
    }

    private ImportReport importZip(Path file, ConflictChoice choice) {
        try (SafeZip zip = SafeZip.open(file)) {
            return imports.run(zip, imports.preview(zip, null), choice, progress -> { });
        } catch (IOException closing) {
            throw new IllegalStateException(closing);
        }
    }

    @Test
    void everyVersionComesBackWithItsNumberNotesParentActiveImagesFragmentsAndConsistency() throws IOException {
        Path zip = export(new ExportRequest.OneAsset(marcus.lineageId(), null, ExportRequest.Versions.ALL));
        workspace.editorInNewProject("Round trip target");

        ImportReport report = importZip(zip, ConflictChoice.SKIP);

        assertThat(report.summary()).isEqualTo("1 created, 0 skipped as duplicates, 0 refused");
        assertThat(report.outcomes().getFirst().message()).isEqualTo("3 versions");
        UUID imported = report.outcomes().getFirst().lineageId();
        sameHistory().assertSame(imported, marcus.lineageId(), null);
        assertThat(assets.get(imported).slug()).isEqualTo(marcus.slug());
        assertThat(consistency.get(imported).seeds()).containsEntry("storyboard", 4242L);
    }

    @Test
    void aViewerExportsEveryVersion() throws IOException {
        logins.loginAs(TestLogins.VIEWER);

        Path zip = export(new ExportRequest.OneAsset(marcus.lineageId(), null, ExportRequest.Versions.ALL));

        try (SafeZip opened = SafeZip.open(zip)) {
            assertThat(opened.files()).extracting(ImportFiles.ImportFile::path).contains("talent/marcus-trip/asset.json", "README.txt",
                    "categories.json").anyMatch(path -> path.startsWith("talent/marcus-trip/versions/"));
        }
    }

    @Test
    void anExportOfTheActiveVersionOnlyBringsThatVersionWithItsNumber() throws IOException {
        Path zip = export(new ExportRequest.OneAsset(marcus.lineageId(), null, ExportRequest.Versions.ACTIVE));
        workspace.editorInNewProject("Active only target");

        UUID imported = importZip(zip, ConflictChoice.SKIP).outcomes().getFirst().lineageId();

        assertThat(versions.history(imported)).singleElement().satisfies(version -> {
            assertThat(version.version()).isEqualTo(marcus.version());
            assertThat(version.notes()).isEqualTo("Prompt fragments");
            assertThat(version.active()).isTrue();
        });
        assertThat(fragments.of(assets.get(imported).versionId())).isEqualTo(fragments.of(marcus.versionId()));
    }

    @Test
    void onAConflictTheImportSkipsAddsANewVersionOrCopiesAsChosen() throws IOException {
        Path zip = export(new ExportRequest.OneAsset(marcus.lineageId(), null));
        try (SafeZip opened = SafeZip.open(zip)) {
            assertThat(imports.preview(opened, null).assets()).singleElement().extracting(PlannedAsset::duplicate).isEqualTo(true);
        }
        List<VersionSummary> before = versions.history(marcus.lineageId());

        assertThat(importZip(zip, ConflictChoice.SKIP).summary()).isEqualTo("0 created, 1 skipped as duplicates, 0 refused");
        assertThat(versions.history(marcus.lineageId())).hasSameSizeAs(before);

        ImportReport copied = importZip(zip, ConflictChoice.COPY);
        UUID copy = copied.outcomes().getFirst().lineageId();
        assertThat(assets.get(copy).name()).isEqualTo("Marcus Trip (copy)");
        assertThat(assets.get(copy).slug()).isEqualTo("marcus-trip-copy");
        sameHistory().assertSame(copy, marcus.lineageId(), "Marcus Trip (copy)");

        ImportReport asVersion = importZip(zip, ConflictChoice.NEW_VERSION);
        assertThat(asVersion.summary()).isEqualTo("0 created, 1 added as new versions, 0 skipped as duplicates, 0 refused");
        assertThat(asVersion.outcomes().getFirst().lineageId()).isEqualTo(marcus.lineageId());
        List<VersionSummary> after = versions.history(marcus.lineageId());
        assertThat(after).hasSize(before.size() + 1);
        assertThat(after.getFirst().notes()).isEqualTo("Imported v" + marcus.version() + " from an export");
        AssetDetail newest = assets.latest(marcus.lineageId());
        assertThat(newest.values()).isEqualTo(marcus.values());
        assertThat(fragments.of(newest.versionId())).isEqualTo(fragments.of(marcus.versionId()));
    }

    @Test
    void aDamagedZipIsRefusedWithNothingImported() throws IOException {
        Path zip = export(new ExportRequest.OneAsset(marcus.lineageId(), null));
        byte[] bytes = Files.readAllBytes(zip);
        byte[] headshot;
        try (var content = media.open(headshotKey, studio.thresho.media.MediaVariant.ORIGINAL).orElseThrow().bytes()) {
            headshot = content.readAllBytes();
        }
        int at = indexOf(bytes, java.util.Arrays.copyOfRange(headshot, 200, 264));
        assertThat(at).as("images are stored as they are").isPositive();
        bytes[at + 10] ^= 0x5A;
        Path damaged = Files.write(temp.resolve("damaged.zip"), bytes);
        Path truncated = Files.write(temp.resolve("truncated.zip"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        ProjectSummary target = workspace.editorInNewProject("Damaged target");

        assertThatThrownBy(() -> importZip(damaged, ConflictChoice.SKIP)).isInstanceOf(ImportRefusedException.class)
                .hasMessageContaining("damaged").hasMessageContaining("headshot");
        assertThatThrownBy(() -> SafeZip.open(truncated)).isInstanceOf(ImportRefusedException.class);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM asset_lineages WHERE project_id = ?", Integer.class, target.id().toString()))
                .isZero();
    }

    @Test
    void aCategoryTheLibraryLacksIsCreatedFromCategoriesJsonWithItsFields() throws IOException {
        String unique = Long.toString(System.nanoTime(), 36);
        CategoryNode cast = workspace.categories().create("Trip Cast " + unique, workspace.category("talent"), null);
        workspace.categories().updateFields(cast.id(), List.of(FieldDefinition.custom("chair_number", "Chair number", FieldType.NUMBER,
                false, List.of(), null, null)));
        AssetDetail barber = assets.save(new AssetDraft(null, null, cast.id(), "Cast Barber " + unique, null, false, null, List.of(),
                Map.of("chair_number", 3)), List.of(new ImageDraft(headshotKey, ImageType.HEADSHOT, null, null)), VersionRequest.proposed());
        Path zip = export(new ExportRequest.OneAsset(barber.lineageId(), null));
        String elsewhere = cast.slug() + "-elsewhere";
        Path renamed = rewrite(zip, json -> json.replace("\"" + cast.slug() + "\"", "\"" + elsewhere + "\"")
                .replace("\"Trip Cast " + unique + "\"", "\"Elsewhere Cast " + unique + "\""));
        workspace.editorInNewProject("Category target");

        try (SafeZip opened = SafeZip.open(renamed)) {
            assertThat(imports.preview(opened, null).assets()).singleElement().extracting(PlannedAsset::categoryName)
                    .isEqualTo("Elsewhere Cast " + unique + " (new)");
        }
        UUID imported = importZip(renamed, ConflictChoice.SKIP).outcomes().getFirst().lineageId();

        CategoryNode created = workspace.categories().tree().stream().filter(node -> node.name().equals("Elsewhere Cast " + unique))
                .findFirst().orElseThrow();
        assertThat(created.parentId()).isEqualTo(workspace.category("talent"));
        assertThat(created.ownFields()).extracting(FieldDefinition::key, FieldDefinition::type).containsExactly(
                org.assertj.core.groups.Tuple.tuple("chair_number", FieldType.NUMBER));
        assertThat(assets.get(imported).categoryId()).isEqualTo(created.id());
        assertThat(assets.get(imported).values()).containsEntry("chair_number", barber.values().get("chair_number"));
    }

    /** The ZIP again with every JSON file passed through the edit (images copied as they are). */
    private Path rewrite(Path zip, UnaryOperator<String> edit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip)); ZipOutputStream rewritten = new ZipOutputStream(out)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                byte[] content = in.readAllBytes();
                if (entry.getName().endsWith(".json")) {
                    content = edit.apply(new String(content, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                rewritten.putNextEntry(new ZipEntry(entry.getName()));
                rewritten.write(content);
                rewritten.closeEntry();
            }
        }
        return Files.write(temp.resolve("rewritten.zip"), out.toByteArray());
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
