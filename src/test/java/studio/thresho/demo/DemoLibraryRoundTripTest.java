package studio.thresho.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import studio.thresho.asset.AssetVersionService;
import studio.thresho.asset.ConsistencyService;
import studio.thresho.asset.PromptFragmentService;
import studio.thresho.asset.category.CategoryService;
import studio.thresho.exchange.BulkImportService;
import studio.thresho.exchange.ConflictChoice;
import studio.thresho.exchange.ExportRequest;
import studio.thresho.exchange.ImportReport;
import studio.thresho.exchange.LibraryExportService;
import studio.thresho.exchange.SafeZip;
import studio.thresho.exchange.SameHistory;
import studio.thresho.media.MediaService;
import studio.thresho.project.CurrentProjectService;
import studio.thresho.project.ProjectService;
import studio.thresho.project.ProjectSummary;
import studio.thresho.security.SystemAuthentication;
import studio.thresho.testsupport.IntegrationTest;

/**
 * FR-8.2's round trip on the demo library: the demo project exported with every version, imported
 * into an empty project, and every asset compared with its original field by field (versions,
 * notes, parents, active, images by the SHA-256 of their bytes, tags, fragments, categories).
 */
@IntegrationTest
class DemoLibraryRoundTripTest {

    @Autowired AssetVersionService versions;
    @Autowired CategoryService categories;
    @Autowired MediaService media;
    @Autowired ProjectService projects;
    @Autowired CurrentProjectService currentProject;
    @Autowired UserDetailsService userDetails;
    @Autowired JdbcTemplate jdbc;
    @Autowired LibraryExportService exports;
    @Autowired BulkImportService imports;
    @Autowired PromptFragmentService fragments;
    @Autowired ConsistencyService consistency;

    @Autowired org.springframework.context.ApplicationContext context;

    @TempDir
    Path temp;

    private void seedTheDemo() {
        SystemAuthentication.runAsSystem(DemoSeeders.demo(context)::seed);
    }

    private UUID project(String name) {
        return SystemAuthentication.runAsSystem(() -> projects.activeProjects().stream().filter(project -> project.name().equals(name))
                .map(ProjectSummary::id).findFirst().orElseThrow());
    }

    @Test
    void theDemoProjectExportedAndImportedIntoAnEmptyProjectIsTheSameAssetForAsset() throws IOException {
        seedTheDemo();
        UUID demo = project(DemoDataSeeder.DEMO_PROJECT);
        UUID empty = SystemAuthentication.runAsSystem(() -> projects.create("Round trip " + UUID.randomUUID(), null)).id();
        Path zip = temp.resolve("demo.zip");
        AtomicReference<ImportReport> report = new AtomicReference<>();

        RunAsUser.run(userDetails.loadUserByUsername("admin"), () -> {
            currentProject.select(demo);
            try (OutputStream out = Files.newOutputStream(zip)) {
                exports.write(new ExportRequest.Library(ExportRequest.LibraryScope.PROJECT, ExportRequest.Versions.ALL), out, step -> { },
                        () -> false);
            } catch (IOException failed) {
                throw new IllegalStateException(failed);
            }
            currentProject.select(empty);
            try (SafeZip opened = SafeZip.open(zip)) {
                report.set(imports.run(opened, imports.preview(opened, null), ConflictChoice.SKIP, step -> { }));
            } catch (IOException failed) {
                throw new IllegalStateException(failed);
            }
        });

        List<String> exportedSlugs = jdbc.queryForList("SELECT slug FROM asset_lineages WHERE project_id = ?",
                String.class, demo.toString());
        assertThat(report.get().outcomes()).as(report.get().summary()).allMatch(outcome -> outcome.result() == ImportReport.Result.CREATED);
        assertThat(jdbc.queryForList("SELECT slug FROM asset_lineages WHERE project_id = ?", String.class, empty.toString()))
                .containsExactlyInAnyOrderElementsOf(exportedSlugs).contains("marcus", "sofia", "downtown-shop", "old-waiting-chair");
        SameHistory same = new SameHistory(versions, fragments, consistency, media);
        SystemAuthentication.runAsSystem(() -> {
            for (String slug : exportedSlugs) {
                same.assertSame(lineage(empty, slug), lineage(demo, slug), null);
            }
            assertThat(versions.history(lineage(empty, "marcus"))).hasSize(4);
        });
    }

    private UUID lineage(UUID project, String slug) {
        return UUID.fromString(jdbc.queryForObject("SELECT id FROM asset_lineages WHERE project_id = ? AND slug = ?", String.class,
                project.toString(), slug));
    }
}
