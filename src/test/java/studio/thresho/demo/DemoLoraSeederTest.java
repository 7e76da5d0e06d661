package studio.thresho.demo;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import static org.assertj.core.api.Assertions.assertThat;
import studio.thresho.lora.LoraExportService;
import studio.thresho.lora.LoraExportSummary;
import studio.thresho.lora.LoraFormat;
import studio.thresho.media.MediaService;
import studio.thresho.project.CurrentProjectService;
import studio.thresho.project.ProjectService;
import studio.thresho.security.SystemAuthentication;
import studio.thresho.testsupport.IntegrationTest;

/** The demo's LoRA export of Marcus, built by hand on the demo library (profile "demo" is off for the shared context). */
@IntegrationTest
class DemoLoraSeederTest {

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
    org.springframework.context.ApplicationContext context;

    private DemoDataSeeder demo;

    @BeforeEach
    void seedTheDemo() {
        demo = DemoSeeders.demo(context);
        SystemAuthentication.runAsSystem(demo::seed);
    }


    @Autowired
    LoraExportService exports;
    @Autowired
    studio.thresho.lora.LoraModelService loras;

    @Test
    void marcusHasOneKohyaExportWithAnEditedCaptionAndOneLoraAndSeedingAgainAddsNone() {
        DemoLoraSeeder seeder = new DemoLoraSeeder(exports, loras, userDetails, projects, currentProject);
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
        assertThat(SystemAuthentication.runAsSystem(() -> loras.ofTalent(marcus))).singleElement().satisfies(lora -> {
            assertThat(lora.source()).isEqualTo(DemoLoraSeeder.TRAINED_VERSION);
            assertThat(lora.shortLabel()).isEqualTo("marcus-lora (0.9)");
            assertThat(lora.triggerWord()).isEqualTo(DemoLoraSeeder.TRIGGER);
        });
    }
}
