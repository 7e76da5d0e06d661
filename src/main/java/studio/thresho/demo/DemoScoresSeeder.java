package studio.thresho.demo;

import java.awt.geom.AffineTransform;
import java.awt.image.AffineTransformOp;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import studio.thresho.asset.AssetDetail;
import studio.thresho.asset.AssetDraft;
import studio.thresho.asset.AssetScopeService;
import studio.thresho.asset.AssetService;
import studio.thresho.asset.ImageDraft;
import studio.thresho.asset.ImageType;
import studio.thresho.asset.Source;
import studio.thresho.asset.VersionRequest;
import studio.thresho.asset.category.CategoryNode;
import studio.thresho.asset.category.CategoryService;
import studio.thresho.generation.PlanPick;
import studio.thresho.generation.PlanRequest;
import studio.thresho.generation.Slot;
import studio.thresho.generation.GenerationService;
import studio.thresho.media.MediaService;

/**
 * Real consistency scores for the demo: the offline provider draws sketches, which show no face, so
 * public-domain photos stand in for generated results. A talent whose headshot is NASA's photo of
 * Eileen Collins is "generated" four times (by hand, as with Midjourney) with a mirrored copy of
 * the photo, a two-person shot, another man and a coffee cup; the background job scores them.
 */
@Component
@Profile("demo")
class DemoScoresSeeder {

    static final String TALENT_SLUG = "eileen-collins";
    private static final Logger log = LoggerFactory.getLogger(DemoScoresSeeder.class);
    private static final String PHOTOS = "insight/photos/";
    /** Midjourney (copy &amp; paste): a generation run by hand takes uploaded images as its results. */
    private static final String MANUAL_PROVIDER = "midjourney";
    private static final int ATTACH_ATTEMPTS = 3;

    private final AssetService assets;
    private final CategoryService categories;
    private final MediaService media;
    private final GenerationService generations;
    private final AssetScopeService scopes;
    private final DemoInsightsSeeder insights;
    private final studio.thresho.generation.ResultScoreService reviews;

    DemoScoresSeeder(AssetService assets, CategoryService categories, MediaService media, GenerationService generations,
                     AssetScopeService scopes, DemoInsightsSeeder insights, studio.thresho.generation.ResultScoreService reviews) {
        this.insights = insights;
        this.reviews = reviews;
        this.assets = assets;
        this.categories = categories;
        this.media = media;
        this.generations = generations;
        this.scopes = scopes;
    }

    /** Signed in as an editor whose current project is the demo project. */
    void seed(UUID project) {
        if (scopes.slugTaken(project, TALENT_SLUG)) {
            return;
        }
        Optional<UUID> talentCategory = categories.tree().stream().filter(node -> node.system() && node.slug().equals("talent"))
                .map(CategoryNode::id).findFirst();
        if (talentCategory.isEmpty()) {
            return;
        }
        byte[] astronaut = photo("astronaut");
        AssetDetail eileen = assets.save(new AssetDraft(null, null, talentCategory.get(), "Eileen Collins", TALENT_SLUG, false,
                        Source.REFERENCE, List.of("demo", "photo"), Map.of("physical_description",
                        "American astronaut, short wavy blonde hair, warm smile (NASA portrait, public domain)")),
                List.of(new ImageDraft(store("astronaut.png", astronaut), ImageType.HEADSHOT, null, "NASA portrait, public domain")),
                VersionRequest.proposed());
        PlanPick cast = PlanPick.of(Slot.TALENT, eileen.lineageId());
        String mirroredKey = store("astronaut-mirrored.png", mirrored(astronaut));
        UUID mirroredResult = generate(cast, "Eileen Collins, mirrored portrait", mirroredKey);
        String pairKey = store("astronaut-and-cameraman.png", photo("astronaut-and-cameraman"));
        UUID pair = generate(cast, "Eileen Collins beside a cameraman", pairKey);
        String otherKey = store("camera.png", photo("camera"));
        UUID other = generate(cast, "Eileen Collins filming outdoors (a different man stands in)", otherKey);
        // users' ratings beside the measured scores (the consistency-rating metric)
        rate(mirroredResult, mirroredKey, 5);
        rate(pair, pairKey, 4);
        rate(other, otherKey, 2);
        insights.seed(project);
        generate(cast, "Eileen Collins' morning coffee (no face in shot)", store("coffee.png", photo("coffee")));
        log.info("Seeded four photo results for Eileen Collins; consistency scoring runs in the background.");
    }

    private UUID generate(PlanPick cast, String prompt, String resultKey) {
        String text = prompt + " (demo: a public-domain photo stands in for a generated image)";
        UUID id = generations.submit(PlanRequest.of(MANUAL_PROVIDER, List.of(cast)).withEditedPrompt(text).withImages("1:1", 1)).id();
        for (int attempt = 1; ; attempt++) {
            try {
                generations.attachResults(id, List.of(resultKey));
                return id;
            } catch (OptimisticLockingFailureException raced) {
                // the generation's job marked it running meanwhile: attach to the fresh record
                if (attempt == ATTACH_ATTEMPTS) {
                    throw raced;
                }
            }
        }
    }

    private void rate(UUID generation, String resultKey, int rating) {
        try {
            reviews.rate(generation, resultKey, rating);
        } catch (RuntimeException raced) {
            // the scoring job wrote the same result's row meanwhile: the demo goes on with one rating fewer
            log.warn("Could not rate a demo result: {}", raced.getMessage());
        }
    }

    private String store(String name, byte[] png) {
        return media.ingest(name, png).key();
    }

    private static byte[] photo(String name) {
        try (InputStream in = DemoScoresSeeder.class.getClassLoader().getResourceAsStream(PHOTOS + name + ".png")) {
            if (in == null) {
                throw new IllegalStateException("missing demo photo " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] mirrored(byte[] png) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            AffineTransform flip = AffineTransform.getScaleInstance(-1, 1);
            flip.translate(-image.getWidth(), 0);
            BufferedImage out = new AffineTransformOp(flip, AffineTransformOp.TYPE_NEAREST_NEIGHBOR).filter(image, null);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            ImageIO.write(out, "png", bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
