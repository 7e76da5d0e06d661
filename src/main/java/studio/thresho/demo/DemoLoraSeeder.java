package studio.thresho.demo;

import java.io.IOException;
import java.math.BigDecimal;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import studio.thresho.asset.AssetSummary;
import studio.thresho.asset.SheetSlot;
import studio.thresho.lora.DatasetImage;
import studio.thresho.lora.LoraExportRequest;
import studio.thresho.lora.LoraExportService;
import studio.thresho.lora.LoraFormat;
import studio.thresho.lora.LoraModelService;
import studio.thresho.lora.LoraSettings;
import studio.thresho.project.CurrentProjectService;
import studio.thresho.project.ProjectService;

/**
 * One demo LoRA export of Marcus (kohya format, trigger "mrcsx", one caption edited), so his page's
 * export history and the media references have something to show, and one LoRA model of his (a
 * Replicate trained version, as a training on Replicate registers it), so his LoRA panel and the plan
 * preview on Replicate show it. Runs once the application is ready (after the demo library exists),
 * as the demo administrator; adds each only when Marcus has none.
 */
@Component
@Profile("demo")
class DemoLoraSeeder {

    static final String TRIGGER = "mrcsx";
    /** A made-up trained version: the demo has no Replicate account, so it runs only once a studio puts its own in. */
    static final String TRAINED_VERSION = "thresho-demo/marcus-lora:" + "5eed".repeat(16);
    private static final Logger log = LoggerFactory.getLogger(DemoLoraSeeder.class);

    private final LoraExportService exports;
    private final LoraModelService loras;
    private final UserDetailsService userDetails;
    private final ProjectService projects;
    private final CurrentProjectService currentProject;

    DemoLoraSeeder(LoraExportService exports, LoraModelService loras, UserDetailsService userDetails, ProjectService projects,
                   CurrentProjectService currentProject) {
        this.exports = exports;
        this.loras = loras;
        this.userDetails = userDetails;
        this.projects = projects;
        this.currentProject = currentProject;
    }

    @EventListener(ApplicationReadyEvent.class)
    void seedWhenReady() {
        try {
            UserDetails admin = userDetails.loadUserByUsername("admin");
            RunAsUser.run(admin, this::seed);
        } catch (RuntimeException failed) {
            log.warn("The demo LoRA export could not be seeded", failed);
        }
    }

    void seed() {
        Optional<UUID> project = DemoDataSeeder.demoProject(projects);
        if (project.isEmpty()) {
            return;
        }
        currentProject.select(project.get());
        Optional<UUID> marcus = exports.talents().stream().filter(talent -> talent.slug().equals("marcus") && !talent.global())
                .map(AssetSummary::lineageId).findFirst();
        if (marcus.isEmpty()) {
            return;
        }
        if (loras.ofTalent(marcus.get()).isEmpty()) {
            loras.addReplicateVersion(marcus.get(), TRAINED_VERSION, new LoraSettings("marcus-lora", TRIGGER, new BigDecimal("0.9"), "flux-dev",
                    null));
        }
        if (!exports.history(marcus.get()).isEmpty()) {
            return;
        }
        LoraExportRequest request = new LoraExportRequest(marcus.get(), null, LoraFormat.KOHYA, TRIGGER, null, exports.defaultLongSide(),
                null, null);
        Map<UUID, String> edits = new HashMap<>();
        for (DatasetImage image : exports.plan(request).images()) {
            if (image.slot() == SheetSlot.FULL_BODY_BACK) {
                edits.put(image.imageId(), image.caption() + ", black barber apron tied at the back, walking to the chair");
            }
        }
        try {
            exports.write(List.of(request.withCaptions(edits)), OutputStream.nullOutputStream(), () -> false);
            log.info("Seeded the demo LoRA export of Marcus (kohya, trigger \"{}\")", TRIGGER);
        } catch (IOException failed) {
            log.warn("The demo LoRA export could not be written", failed);
        }
    }
}
