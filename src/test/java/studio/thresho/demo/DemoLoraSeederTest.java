package studio.thresho.demo;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import static org.assertj.core.api.Assertions.assertThat;
import studio.thresho.asset.AssetDetail;
import studio.thresho.asset.AssetImageView;
import studio.thresho.asset.AssetScopeService;
import studio.thresho.asset.AssetService;
import studio.thresho.asset.ImageType;
import studio.thresho.asset.SheetSlot;
import studio.thresho.asset.Source;
import studio.thresho.asset.category.CategoryService;
import studio.thresho.generation.ConsistencyVerdict;
import studio.thresho.generation.GenerationService;
import studio.thresho.generation.ResultReview;
import studio.thresho.generation.ResultScoreService;
import studio.thresho.lora.LoraExportService;
import studio.thresho.lora.LoraExportSummary;
import studio.thresho.lora.LoraFormat;
import studio.thresho.media.MediaService;
import studio.thresho.project.CurrentProjectService;
import studio.thresho.project.ProjectService;
import studio.thresho.project.ProjectSummary;
import studio.thresho.security.SystemAuthentication;
import studio.thresho.security.UserProvisioning;
import studio.thresho.shotlist.CastChip;
import studio.thresho.shotlist.CastingService;
import studio.thresho.shotlist.ShotListService;
import studio.thresho.shotlist.ShotListSummary;
import studio.thresho.shotlist.ShotRow;
import studio.thresho.shotlist.ShotService;
import studio.thresho.testsupport.Await;
import studio.thresho.testsupport.IntegrationTest;

/** The demo's LoRA export of Marcus, built by hand on the demo library (profile "demo" is off for the shared context). */
@IntegrationTest
class DemoLoraSeederTest {

    @Autowired
    AssetService assets;
    @Autowired
    studio.thresho.asset.AssetVersionService versions;
    @Autowired
    CategoryService categories;
    @Autowired
    MediaService media;
    @Autowired
    ProjectService projects;
    @Autowired
    CurrentProjectService currentProject;
    @Autowired
    UserProvisioning users;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AssetScopeService scopes;
    @Autowired
    GenerationService generations;
    @Autowired
    ResultScoreService resultScores;
    @Autowired
    studio.thresho.asset.AssetSharing sharing;

    @Autowired
    ShotListService shotLists;
    @Autowired
    ShotService shots;
    @Autowired
    CastingService casting;
    @Autowired
    studio.thresho.asset.AssetLifecycleService lifecycle;
    @Autowired
    studio.thresho.insight.InsightEventRecorder recorder;
    @Autowired
    studio.thresho.security.CurrentUser currentUser;
    @Autowired
    studio.thresho.provider.ProviderRegistry providers;

    @Autowired
    studio.thresho.generation.ResultPromotionService promotions;

    private DemoDataSeeder demo;

    @BeforeEach
    void seedTheDemo() {
        DemoScoresSeeder scores = new DemoScoresSeeder(assets, categories, media, generations, scopes,
                new DemoInsightsSeeder(recorder, currentUser), resultScores);
        DemoLibrarySeeder library = new DemoLibrarySeeder(assets, categories, media, projects, currentProject,
                userDetails, scopes, transactionManager, scores, sharing, new DemoShotListSeeder(shotLists, shots, casting, assets, versions, providers), lifecycle,
                new DemoSavedResultSeeder(generations, promotions));
        demo = new DemoDataSeeder(users, projects, library);
        SystemAuthentication.runAsSystem(demo::seed);
    }


    @Autowired
    LoraExportService exports;

    @Test
    void marcusHasOneKohyaExportWithAnEditedCaptionAndSeedingAgainAddsNone() {
        DemoLoraSeeder seeder = new DemoLoraSeeder(exports, userDetails, projects, currentProject);
        seeder.seedWhenReady();
        seeder.seedWhenReady();

        UUID marcus = UUID.fromString(jdbc.queryForObject("SELECT l.id FROM asset_lineages l JOIN projects p ON p.id = l.project_id "
                + "WHERE l.slug = 'marcus' AND p.name = ?", String.class, DemoDataSeeder.DEMO_PROJECT));
        List<LoraExportSummary> history = SystemAuthentication.runAsSystem(() -> exports.history(marcus));
        assertThat(history).singleElement().satisfies(export -> {
            assertThat(export.format()).isEqualTo(LoraFormat.KOHYA);
            assertThat(export.trigger()).isEqualTo(DemoLoraSeeder.TRIGGER);
            assertThat(export.imageCount()).isEqualTo(9);
            assertThat(export.editedCaptions()).isEqualTo(1);
            assertThat(export.captions()).anySatisfy(caption -> assertThat(caption.caption()).contains("walking to the chair"));
        });
    }
}
