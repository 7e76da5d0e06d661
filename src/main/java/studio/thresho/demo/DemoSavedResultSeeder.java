package studio.thresho.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import studio.thresho.asset.AssetDetail;
import studio.thresho.asset.SheetSlot;
import studio.thresho.base.UserFacingException;
import studio.thresho.generation.GenerationService;
import studio.thresho.generation.GenerationView;
import studio.thresho.generation.ResultPlacement;
import studio.thresho.generation.ResultPromotionService;
import studio.thresho.generation.UsedAsset;

/**
 * Save to library in the demo: the mirrored portrait "generated" for Eileen Collins is saved to her
 * character sheet as the Profile right view, so her version history shows a result saved to the
 * library. On a later start the service refuses it as already there, which is the sign it ran.
 */
@Component
@Profile("demo")
class DemoSavedResultSeeder {

    private static final Logger log = LoggerFactory.getLogger(DemoSavedResultSeeder.class);
    /** The demo project holds a handful of generations; the mirrored portrait is among them. */
    private static final int LOOKED_AT = 50;

    private final GenerationService generations;
    private final ResultPromotionService promotions;

    DemoSavedResultSeeder(GenerationService generations, ResultPromotionService promotions) {
        this.generations = generations;
        this.promotions = promotions;
    }

    /** Signed in as an editor whose current project is the demo project. */
    void seed() {
        for (GenerationView generation : generations.recent(LOOKED_AT)) {
            if (!generation.prompt().contains("mirrored portrait") || generation.results().isEmpty()) {
                continue;
            }
            for (UsedAsset talent : generation.assets()) {
                if ("talent".equals(talent.role())) {
                    save(generation, talent);
                    return;
                }
            }
        }
    }

    private void save(GenerationView generation, UsedAsset talent) {
        try {
            AssetDetail saved = promotions.addToAsset(generation.id(), generation.results().getFirst().mediaKey(), talent.lineageId(),
                    ResultPlacement.sheetView(SheetSlot.PROFILE_RIGHT));
            log.info("Saved a demo result to {}'s character sheet (v{}).", saved.name(), saved.version());
        } catch (UserFacingException alreadySaved) {
            log.debug("The demo result is saved already: {}", alreadySaved.getMessage());
        }
    }
}
