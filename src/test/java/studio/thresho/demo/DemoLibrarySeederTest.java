package studio.thresho.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import studio.thresho.asset.AssetDetail;
import studio.thresho.asset.AssetImageView;
import studio.thresho.asset.AssetService;
import studio.thresho.asset.ImageType;
import studio.thresho.asset.SheetSlot;
import studio.thresho.asset.Source;
import studio.thresho.media.MediaService;
import studio.thresho.project.CurrentProjectService;
import studio.thresho.project.ProjectService;
import studio.thresho.project.ProjectSummary;
import studio.thresho.security.SystemAuthentication;
import studio.thresho.generation.ConsistencyVerdict;
import studio.thresho.generation.GenerationService;
import studio.thresho.generation.ResultReview;
import studio.thresho.generation.ResultScoreService;
import studio.thresho.shotlist.CastChip;
import studio.thresho.shotlist.ShotListService;
import studio.thresho.shotlist.ShotListSummary;
import studio.thresho.shotlist.ShotRow;
import studio.thresho.shotlist.ShotService;
import studio.thresho.testsupport.Await;
import studio.thresho.testsupport.IntegrationTest;

/** The demo seeders are not beans here (profile "demo" is off for the shared context): built by hand. */
@IntegrationTest
class DemoLibrarySeederTest {

    @Autowired
    AssetService assets;
    @Autowired
    studio.thresho.asset.AssetVersionService versions;
    @Autowired
    MediaService media;
    @Autowired
    ProjectService projects;
    @Autowired
    CurrentProjectService currentProject;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    JdbcTemplate jdbc;
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
    org.springframework.context.ApplicationContext context;

    private DemoDataSeeder demo;

    @BeforeEach
    void seedTheDemo() {
        demo = DemoSeeders.demo(context);
        SystemAuthentication.runAsSystem(demo::seed);
    }

    private UUID demoProject() {
        return SystemAuthentication.runAsSystem(() -> projects.activeProjects().stream()
                .filter(project -> project.name().equals(DemoDataSeeder.DEMO_PROJECT)).map(ProjectSummary::id).findFirst().orElseThrow());
    }

    private AssetDetail asset(String slug, UUID projectId) {
        UUID lineage = UUID.fromString(jdbc.queryForObject("SELECT id FROM asset_lineages WHERE slug = ? AND project_id <=> ?",
                String.class, slug, projectId == null ? null : projectId.toString()));
        return SystemAuthentication.runAsSystem(() -> assets.get(lineage));
    }

    @Test
    void marcusIsACompleteTalentOfTheDemoProjectWithAFullSheet() {
        AssetDetail marcus = asset("marcus", demoProject());

        assertThat(marcus.name()).isEqualTo("Marcus");
        assertThat(marcus.source()).isEqualTo(Source.AI_GENERATED);
        assertThat(marcus.tags()).containsExactly("barber", "lead-cast", "male", "professional");
        assertThat(marcus.values()).containsEntry("build", "Athletic").containsEntry("age_range", "mid-30s");
        assertThat(marcus.completeness().complete()).as(marcus.completeness().summary()).isTrue();
        assertThat(marcus.imagesOf(ImageType.HEADSHOT)).hasSize(1);
        assertThat(marcus.version()).isEqualTo("2.1.0");
        assertThat(marcus.values()).containsEntry("hair", "Short fade with precise line-up");
        assertThat(SystemAuthentication.runAsSystem(() -> versions.history(marcus.lineageId()))).extracting(studio.thresho.asset.VersionSummary::notes)
                .containsExactly("Added gold chain accessory", "New fade haircut for Q1 campaign", "Updated default wardrobe to black apron",
                        "Initial creation");
        assertThat(marcus.imagesOf(ImageType.CHARACTER_SHEET)).extracting(AssetImageView::slot).containsExactlyInAnyOrder(SheetSlot.values());
        assertThat(marcus.imagesOf(ImageType.COMPOSITE)).hasSize(1);
        assertThat(marcus.images()).extracting(AssetImageView::mediaKey).doesNotHaveDuplicates();
        assertThat(SystemAuthentication.runAsSystem(() -> sharing.linksOf(marcus.lineageId()))).as("the demo's share page")
                .hasSize(1).allMatch(link -> link.live(java.time.Instant.now()));
    }

    /** Issue 15's library details have something to show: roles on the cast, an archived prop. */
    @Test
    void theCastHasRolesAndAnOldPropIsArchived() {
        UUID project = demoProject();
        assertThat(asset("marcus", project).values()).containsEntry("role", "Lead Barber");
        assertThat(asset("sofia", project).values()).containsEntry("role", "Senior Stylist");
        assertThat(asset("old-waiting-chair", project).archived()).isTrue();
        assertThat(asset("vintage-barber-chair", project).archived()).isFalse();
    }

    @Test
    void everyDemoAssetOfTheProjectIsComplete() {
        UUID project = demoProject();
        for (String slug : new String[] {"sofia", "downtown-shop", "vintage-barber-chair", "black-barber-apron"}) {
            AssetDetail asset = asset(slug, project);
            assertThat(asset.completeness().complete()).as(slug + ": " + asset.completeness().summary()).isTrue();
        }
        assertThat(asset("sofia", project).imagesOf(ImageType.CHARACTER_SHEET)).hasSize(6);
    }

    @Test
    void downtownShopIsLitByGoldenHourSoft() {
        AssetDetail shop = asset("downtown-shop", demoProject());

        assertThat(shop.values()).containsEntry("default_lighting", DemoLibrary.GOLDEN_HOUR_SOFT.toString())
                .containsEntry("time_of_day", "Golden Hour").containsEntry("location_type", "Interior");
        assertThat(shop.imagesOf(ImageType.REFERENCE)).hasSize(2);
    }

    @Test
    void theCameraAndTheStyleAreGlobal() {
        AssetDetail camera = asset("35mm-portrait-prime", null);
        AssetDetail style = asset("warm-editorial", null);

        assertThat(camera.global()).isTrue();
        assertThat(camera.imagesOf(ImageType.EXAMPLE)).hasSize(1);
        assertThat(style.global()).isTrue();
        assertThat(style.imagesOf(ImageType.MOOD)).hasSize(1);
        assertThat(style.completeness().complete()).isTrue();
    }

    @Test
    void theDemoShotListCastsTheLibraryWithTwoShotsPinnedToMarcusOneOneZero() {
        UUID project = demoProject();
        List<ShotRow> rows = runAsDemoAdmin(project, () -> {
            ShotListSummary list = shotLists.overview(false).stream()
                    .filter(candidate -> candidate.name().equals(DemoShotListSeeder.LIST_NAME)).findFirst().orElseThrow();
            assertThat(list.defaultProviderId()).as("the demo list generates offline").isEqualTo("storyboard");
            return shots.rows(list.id());
        });

        assertThat(rows).hasSize(6);
        assertThat(rows.stream().flatMap(row -> row.cast().stream()).map(CastChip::name).distinct())
                .containsExactlyInAnyOrder("Marcus", "Sofia", "Downtown Shop", "Golden Hour Soft", "Vintage Barber Chair");
        assertThat(rows.stream().flatMap(row -> row.cast().stream()).filter(CastChip::pinned).map(CastChip::versionText))
                .containsExactly("v1.1.0 pinned · v2.1.0 active", "v1.1.0 pinned · v2.1.0 active");
        int lists = count("shot_lists");
        SystemAuthentication.runAsSystem(demo::seed);
        assertThat(count("shot_lists")).as("seeding again adds no list").isEqualTo(lists);
    }

    private <T> T runAsDemoAdmin(UUID project, java.util.function.Supplier<T> work) {
        java.util.concurrent.atomic.AtomicReference<T> result = new java.util.concurrent.atomic.AtomicReference<>();
        RunAsUser.run(userDetails.loadUserByUsername("admin"), () -> {
            currentProject.select(project);
            result.set(work.get());
        });
        return result.get();
    }

    @Test
    void seedingAgainCreatesNothing() {
        int lineages = count("asset_lineages");
        int images = count("asset_images");
        int generated = count("generation_records");

        SystemAuthentication.runAsSystem(demo::seed);

        assertThat(count("asset_lineages")).isEqualTo(lineages);
        assertThat(count("asset_images")).isEqualTo(images);
        assertThat(count("generation_records")).isEqualTo(generated);
    }

    @Test
    void aResultOfEileenCollinsIsSavedToHerCharacterSheet() {
        AssetDetail eileen = asset(DemoScoresSeeder.TALENT_SLUG, demoProject());

        assertThat(eileen.version()).isEqualTo("1.1.0");
        assertThat(eileen.imagesOf(studio.thresho.asset.ImageType.CHARACTER_SHEET)).extracting(image -> image.slot())
                .containsExactly(studio.thresho.asset.SheetSlot.PROFILE_RIGHT);
        assertThat(eileen.versionNotes()).contains("Generated image saved as the Profile right view");
    }

    @Test
    void photoResultsOfEileenCollinsGetRealConsistencyScores() {
        AssetDetail eileen = asset(DemoScoresSeeder.TALENT_SLUG, demoProject());
        // every version of hers: a result saved to her sheet made a version after the generations
        List<UUID> seeded = jdbc.queryForList("SELECT DISTINCT generation_record_id FROM asset_usage WHERE asset_id IN "
                        + "(SELECT id FROM assets_library WHERE lineage_id = ?)", String.class, eileen.lineageId().toString())
                .stream().map(UUID::fromString).toList();

        Map<UUID, Map<String, ResultReview>> reviews = Await.until(() -> SystemAuthentication.runAsSystem(() -> resultScores.reviews(seeded)),
                found -> found.size() == 4 && found.values().stream().allMatch(byKey -> byKey.values().stream().allMatch(ResultReview::scored)),
                Duration.ofSeconds(90));

        assertThat(reviews.values().stream().flatMap(byKey -> byKey.values().stream()).map(ResultReview::verdict))
                .containsExactlyInAnyOrder(ConsistencyVerdict.CONSISTENT, ConsistencyVerdict.CONSISTENT,
                        ConsistencyVerdict.DIFFERENT_PERSON, ConsistencyVerdict.NO_FACE);
    }

    @Test
    void theDemoProjectHasAQuarterOfActivityAndRatedResultsForInsights() {
        String project = demoProject().toString();

        assertThat(jdbc.queryForObject("SELECT DATEDIFF(MAX(occurred_at), MIN(occurred_at)) FROM insight_events WHERE project_id = ?",
                Integer.class, project)).isGreaterThan(60);
        assertThat(jdbc.queryForList("SELECT DISTINCT kind FROM insight_events WHERE project_id = ?", String.class, project))
                .contains("asset_created", "generation", "talent_added", "library_search", "library_result_opened");
        assertThat(jdbc.queryForList("SELECT rating FROM result_scores WHERE rating IS NOT NULL", Integer.class)).contains(5, 4, 2);
    }

    private int count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
    }
}
