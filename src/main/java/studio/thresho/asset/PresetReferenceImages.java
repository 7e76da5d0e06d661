package studio.thresho.asset;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import studio.thresho.media.LightingReferenceRenderer;
import studio.thresho.media.LightingSketch;
import studio.thresho.media.MediaService;
import studio.thresho.security.SystemAuthentication;

/**
 * Gives every lighting preset its reference image (FR-4) at start-up, in every installation: a
 * drawn diagram of the setup, added to the preset's seeded version 1.0.0. A preset that has a
 * reference image is left alone, so this is safe on every start; the image is content-addressed,
 * so drawing it again stores nothing new. Drawing the eight diagrams takes seconds, so by default it
 * happens in the background while the application already serves (a preset shows no diagram for
 * those seconds after the very first start).
 */
@Component
class PresetReferenceImages implements ApplicationRunner {

    static final String SEEDED_VERSION = "1.0.0";
    /** The setup itself is written on the image. */
    static final String CAPTION = "Lighting diagram";
    private static final Logger log = LoggerFactory.getLogger(PresetReferenceImages.class);

    private final AssetLineageRepository lineages;
    private final AssetVersionRepository versions;
    private final AssetImageRepository images;
    private final AssetReader reader;
    private final MediaService media;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final boolean inBackground;

    PresetReferenceImages(AssetLineageRepository lineages, AssetVersionRepository versions, AssetImageRepository images,
                          AssetReader reader, MediaService media, ApplicationEventPublisher events,
                          PlatformTransactionManager transactionManager,
                          @Value("${thresho.presets.render-in-background:true}") boolean inBackground) {
        this.lineages = lineages;
        this.versions = versions;
        this.images = images;
        this.reader = reader;
        this.media = media;
        this.events = events;
        this.transaction = new TransactionTemplate(transactionManager);
        this.inBackground = inBackground;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (inBackground) {
            Thread.ofPlatform().name("preset-reference-images").daemon(true).start(this::addMissingInBackground);
        } else {
            SystemAuthentication.runAsSystem(this::addMissing);
        }
    }

    private void addMissingInBackground() {
        try {
            SystemAuthentication.runAsSystem(this::addMissing);
        } catch (RuntimeException failed) {
            log.error("Could not render the lighting presets' reference images; they are tried again at the next start", failed);
        }
    }

    /** Adds the reference image each preset lacks; returns the names of the presets that got one. */
    List<String> addMissing() {
        List<String> added = LightingPresets.ALL.stream()
                .map(preset -> transaction.execute(status -> addIfMissing(preset)))
                .filter(name -> name != null).toList();
        if (!added.isEmpty()) {
            log.info("Rendered the reference images of the lighting presets {}", added);
        }
        return added;
    }

    /** The preset's name when it got its image now, else null. */
    private String addIfMissing(LightingPresets.Preset preset) {
        // locked: two instances starting at once add one image, not two
        AssetLineage lineage = lineages.findForUpdate(preset.lineageId()).filter(AssetLineage::isSystem).orElse(null);
        AssetVersion version = lineage == null ? null : versions.findByLineageIdAndVersion(lineage.getId(), SEEDED_VERSION).orElse(null);
        if (version == null) {
            return null;
        }
        List<AssetImage> existing = images.findByAssetIdOrderBySortOrderAsc(version.getId());
        if (existing.stream().anyMatch(image -> image.type() == ImageType.REFERENCE)) {
            return null;
        }
        LightingSketch sketch = preset.sketch(version.getName(), reader.detail(lineage, version).values());
        String key = media.ingest(lineage.getSlug() + "-reference.png", LightingReferenceRenderer.png(sketch)).key();
        images.saveAndFlush(new AssetImage(version.getId(), key, ImageType.REFERENCE, null, existing.size(),
                CAPTION));
        AssetDetail detail = reader.detail(lineage, version);
        if (version.getPrimaryImagePath() == null) {
            version.setPrimaryImagePath(key);
        }
        version.setDraft(!detail.completeness().complete());
        versions.saveAndFlush(version);
        events.publishEvent(new AssetChanged(lineage.getId()));
        return version.getName();
    }
}
