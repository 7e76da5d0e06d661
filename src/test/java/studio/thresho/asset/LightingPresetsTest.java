package studio.thresho.asset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import studio.thresho.base.UserFacingException;
import studio.thresho.media.MediaService;
import studio.thresho.project.ProjectSummary;
import studio.thresho.security.SystemAuthentication;
import studio.thresho.security.TestLogins;
import studio.thresho.testsupport.IntegrationTest;
import studio.thresho.testsupport.Workspace;

/** The 8 lighting presets: rendered reference images from the first start, and system assets that stay as shipped. */
@IntegrationTest
class LightingPresetsTest {

    static final UUID GOLDEN_HOUR = UUID.fromString("00000000-0000-4000-8000-000000000201");

    @Autowired
    AssetService assets;
    @Autowired
    AssetLifecycleService lifecycle;
    @Autowired
    PresetReferenceImages referenceImages;
    @Autowired
    MediaService media;
    @Autowired
    Workspace workspace;
    @Autowired
    JdbcTemplate jdbc;

    private ProjectSummary project;

    @BeforeEach
    void editorInAFreshProject() {
        project = workspace.editorInNewProject("Presets");
    }

    @AfterEach
    void signOut() {
        TestLogins.logout();
    }

    @Test
    void everyPresetHasARenderedReferenceImageOnItsSeededVersionAndIsComplete() {
        for (LightingPresets.Preset preset : LightingPresets.ALL) {
            AssetDetail detail = assets.get(preset.lineageId());

            assertThat(detail.version()).isEqualTo("1.0.0");
            assertThat(detail.versionCount()).as(detail.name() + " got no new version").isEqualTo(1);
            assertThat(detail.imagesOf(ImageType.REFERENCE)).as(detail.name()).singleElement()
                    .satisfies(image -> assertThat(image.caption()).isEqualTo("Lighting diagram"));
            assertThat(detail.completeness().summary()).isEqualTo("Complete");
            assertThat(detail.system()).isTrue();
            String key = detail.imagesOf(ImageType.REFERENCE).getFirst().mediaKey();
            assertThat(media.find(key)).hasValueSatisfying(stored -> assertThat(stored.width()).isEqualTo(1024));
            assertThat(jdbc.queryForObject("SELECT primary_image_path FROM assets_library WHERE id = ?", String.class,
                    detail.versionId().toString())).isEqualTo(key);
        }
        assertThat(LightingPresets.ALL.stream().map(preset -> assets.get(preset.lineageId()).imagesOf(ImageType.REFERENCE).getFirst()
                .mediaKey()).distinct()).as("each preset is drawn its own way").hasSize(8);
    }

    @Test
    void startingAgainAddsNoSecondImage() {
        int before = referenceImageRows();

        List<String> added = SystemAuthentication.runAsSystem(referenceImages::addMissing);

        assertThat(added).isEmpty();
        assertThat(referenceImageRows()).isEqualTo(before);
    }

    @Test
    void aPresetThatLostItsImageGetsItBackAtTheNextStart() {
        AssetDetail rembrandt = assets.get(UUID.fromString("00000000-0000-4000-8000-000000000207"));
        String key = rembrandt.imagesOf(ImageType.REFERENCE).getFirst().mediaKey();
        jdbc.update("DELETE FROM asset_images WHERE asset_id = ?", rembrandt.versionId().toString());

        List<String> added = SystemAuthentication.runAsSystem(referenceImages::addMissing);

        assertThat(added).containsExactly("Rembrandt");
        assertThat(assets.get(rembrandt.lineageId()).imagesOf(ImageType.REFERENCE)).extracting(AssetImageView::mediaKey)
                .as("the same drawing, stored once").containsExactly(key);
    }

    @Test
    void inProductionTheImagesAreDrawnInTheBackgroundWithoutHoldingUpStartUp() {
        AssetDetail rembrandt = assets.get(UUID.fromString("00000000-0000-4000-8000-000000000207"));
        jdbc.update("DELETE FROM asset_images WHERE asset_id = ?", rembrandt.versionId().toString());
        org.springframework.test.util.ReflectionTestUtils.setField(referenceImages, "inBackground", true);
        try {
            long start = System.nanoTime();
            referenceImages.run(new org.springframework.boot.DefaultApplicationArguments());

            assertThat(System.nanoTime() - start).as("returns at once").isLessThan(java.time.Duration.ofMillis(500).toNanos());
            studio.thresho.testsupport.Await.until(() -> assets.get(rembrandt.lineageId()).imagesOf(ImageType.REFERENCE),
                    images -> images.size() == 1, java.time.Duration.ofSeconds(30));
        } finally {
            org.springframework.test.util.ReflectionTestUtils.setField(referenceImages, "inBackground", false);
        }
    }

    @Test
    void aPresetCannotBeDeletedOrEditedButEditingMakesAProjectOrGlobalCopy() {
        AssetDetail golden = assets.get(GOLDEN_HOUR);

        assertThatThrownBy(() -> lifecycle.delete(GOLDEN_HOUR)).isInstanceOf(UserFacingException.class)
                .hasMessage("Golden Hour Soft ships with the studio and cannot be deleted.");
        assertThatThrownBy(() -> assets.save(new AssetDraft(GOLDEN_HOUR, golden.lockVersion(), golden.categoryId(), "Golden Hour Hard",
                null, true, null, golden.tags(), new HashMap<>(golden.values()))))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("edit a copy of it instead");

        AssetDetail projectCopy = lifecycle.copyToEdit(GOLDEN_HOUR, false);
        assertThat(projectCopy.name()).isEqualTo("Golden Hour Soft (copy)");
        assertThat(projectCopy.projectId()).isEqualTo(project.id());
        assertThat(projectCopy.system()).isFalse();
        assertThat(projectCopy.values()).containsEntry("mood", golden.values().get("mood"));
        assertThat(projectCopy.imagesOf(ImageType.REFERENCE)).extracting(AssetImageView::mediaKey)
                .containsExactlyElementsOf(golden.imagesOf(ImageType.REFERENCE).stream().map(AssetImageView::mediaKey).toList());

        AssetDetail globalCopy = lifecycle.copyToEdit(GOLDEN_HOUR, true);
        try {
            assertThat(globalCopy.global()).isTrue();
            assertThat(globalCopy.name()).startsWith("Golden Hour Soft (copy");
            AssetDetail edited = assets.save(new AssetDraft(globalCopy.lineageId(), globalCopy.lockVersion(), globalCopy.categoryId(),
                    globalCopy.name(), null, true, null, globalCopy.tags(), new HashMap<>(globalCopy.values())), null,
                    new VersionRequest(null, "Warmer", null));
            assertThat(edited.lineageId()).isEqualTo(globalCopy.lineageId());
        } finally {
            lifecycle.delete(globalCopy.lineageId());
        }
        assertThat(assets.get(GOLDEN_HOUR).versionCount()).isEqualTo(1);
    }

    private int referenceImageRows() {
        return jdbc.queryForObject("""
                SELECT COUNT(*) FROM asset_images i JOIN assets_library a ON a.id = i.asset_id
                JOIN asset_lineages l ON l.id = a.lineage_id WHERE l.is_system""", Integer.class);
    }
}
