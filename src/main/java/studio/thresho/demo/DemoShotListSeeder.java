package studio.thresho.demo;

import studio.thresho.provider.GenerationProvider;
import studio.thresho.provider.ProviderRegistry;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import studio.thresho.asset.AssetService;
import studio.thresho.asset.AssetSummary;
import studio.thresho.asset.AssetVersionService;
import studio.thresho.asset.VersionSummary;
import studio.thresho.generation.PlanPick;
import studio.thresho.generation.Slot;
import studio.thresho.shotlist.CastChip;
import studio.thresho.shotlist.CastingService;
import studio.thresho.shotlist.ShotDraft;
import studio.thresho.shotlist.ShotListDraft;
import studio.thresho.shotlist.ShotListService;
import studio.thresho.shotlist.ShotListStatus;
import studio.thresho.shotlist.ShotListSummary;
import studio.thresho.shotlist.ShotRow;
import studio.thresho.shotlist.ShotService;
import studio.thresho.shotlist.ShotStatus;

/**
 * The demo's shot list "Q1 Barbershop Spot": six shots casting Marcus, Sofia, the Downtown Shop,
 * Golden Hour Soft and the barber chair, the first two pinned to Marcus v1.1.0 for continuity, generated
 * with the offline storyboard renderer so Generate…, the storyboard and its PDF work without provider keys.
 * Runs signed in as the demo administrator with the demo project current; adds the list only when missing.
 */
@Component
@Profile("demo")
class DemoShotListSeeder {

    static final String LIST_NAME = "Q1 Barbershop Spot";
    static final String PINNED_MARCUS = "1.1.0";
    private static final Logger log = LoggerFactory.getLogger(DemoShotListSeeder.class);

    /** One demo shot: its fields and who is in it. */
    private record DemoShot(String label, String title, String description, String framing, String angle, String movement, int seconds,
                            boolean marcus, Map<String, String> marcusContext, boolean sofia, Map<String, String> sofiaContext,
                            boolean chair, String area, boolean pinMarcus) {
    }

    private static final List<DemoShot> SHOTS = List.of(
            new DemoShot("1A", "Opening up", "Marcus unlocks the shop as the low sun hits the window", "Wide", "Eye level", "Static", 4,
                    true, Map.of("action", "unlocking the front door", "expression", "relaxed smile"), false, Map.of(), false,
                    "the front door", true),
            new DemoShot("1B", "The chair", "Marcus wipes down the vintage barber chair before the first client", "Medium", "Low",
                    "Dolly", 5, true, Map.of("action", "wiping down the chair", "expression", "focused"), false, Map.of(), true,
                    "the barber station", true),
            new DemoShot("2", "Sofia arrives", "Sofia walks in with coffee, greeting the room", "Full", "Eye level", "Tracking", 4,
                    false, Map.of(), true, Map.of("action", "walking in with two coffees", "expression", "bright laugh"), false,
                    "the entrance", false),
            new DemoShot("3", "The cut", "Marcus fades a client's hairline while Sofia watches the line-up", "Medium close-up",
                    "Eye level", "Handheld", 6, true, Map.of("action", "carefully fading a client's hairline", "expression",
                    "focused, slight smile"), true, Map.of("action", "watching over his shoulder"), true, "the barber station", false),
            new DemoShot("4", "Mirror reveal", "The client sees the finished cut in the mirror", "Close-up", "High", "Static", 3,
                    true, Map.of("action", "holding up a hand mirror", "expression", "proud"), true, Map.of("expression", "delighted"),
                    true, "the mirrors", false),
            new DemoShot("5", "Sign-off", "Marcus and Sofia in the doorway as the sun sets", "Extreme wide", "Low", "Crane", 5,
                    true, Map.of("position", "in the doorway", "interaction", "fist bump with Sofia"), true, Map.of("position",
                    "in the doorway"), false, "the storefront", false));

    private final ShotListService lists;
    private final ShotService shots;
    private final CastingService casting;
    private final AssetService assets;
    private final AssetVersionService versions;
    private final ProviderRegistry providers;

    DemoShotListSeeder(ShotListService lists, ShotService shots, CastingService casting, AssetService assets,
                       AssetVersionService versions, ProviderRegistry providers) {
        this.providers = providers;
        this.lists = lists;
        this.shots = shots;
        this.casting = casting;
        this.assets = assets;
        this.versions = versions;
    }

    void seed() {
        if (lists.overview(true).stream().anyMatch(list -> list.name().equals(LIST_NAME))) {
            return;
        }
        Optional<UUID> marcus = lineage("talent", "marcus");
        Optional<UUID> sofia = lineage("talent", "sofia");
        Optional<UUID> shop = lineage("environment", "downtown-shop");
        Optional<UUID> chair = lineage("props", "vintage-barber-chair");
        if (marcus.isEmpty() || sofia.isEmpty() || shop.isEmpty() || chair.isEmpty()) {
            log.warn("The demo shot list needs Marcus, Sofia, the Downtown Shop and the barber chair in the library; it was not created.");
            return;
        }
        UUID marcusPin = versions.history(marcus.get()).stream().filter(version -> version.version().equals(PINNED_MARCUS))
                .map(VersionSummary::versionId).findFirst().orElse(null);
        ShotListSummary list = lists.create(new ShotListDraft(LIST_NAME,
                "30-second spot: a day at the Downtown Shop from opening to sign-off, golden hour throughout.",
                ShotListStatus.IN_PRODUCTION, null, offlineProvider(), null));
        for (DemoShot demo : SHOTS) {
            ShotRow row = shots.add(list.id(), null);
            shots.update(row.id(), row.lockVersion(), new ShotDraft(demo.label(), demo.title(), demo.description(), demo.framing(),
                    demo.angle(), demo.movement(), BigDecimal.valueOf(demo.seconds()), "16:9", null, ShotStatus.PLANNED));
            List<PlanPick> cast = new ArrayList<>();
            if (demo.marcus()) {
                cast.add(new PlanPick(Slot.TALENT, marcus.get(), demo.pinMarcus() ? marcusPin : null, demo.marcusContext()));
            }
            if (demo.sofia()) {
                cast.add(new PlanPick(Slot.TALENT, sofia.get(), null, demo.sofiaContext()));
            }
            cast.add(new PlanPick(Slot.ENVIRONMENT, shop.get(), null, Map.of("area", demo.area())));
            cast.add(PlanPick.of(Slot.LIGHTING, DemoLibrary.GOLDEN_HOUR_SOFT));
            if (demo.chair()) {
                cast.add(PlanPick.of(Slot.PROPS, chair.get()));
            }
            casting.bulkCast(List.of(row.id()), cast);
        }
        long pinned = shots.rows(list.id()).stream().flatMap(row -> row.cast().stream()).filter(CastChip::pinned).count();
        log.info("Seeded the demo shot list \"{}\": {} shots, {} chips pinned to Marcus v{}", LIST_NAME, SHOTS.size(), pinned, PINNED_MARCUS);
    }

    /** The offline storyboard renderer, so the demo list generates (Generate…, storyboard, PDF) without keys or cost. */
    private String offlineProvider() {
        return providers.available().stream().filter(GenerationProvider::offline).map(GenerationProvider::id).findFirst().orElse(null);
    }

    private Optional<UUID> lineage(String categorySlug, String slug) {
        return assets.referenceChoices(categorySlug).stream().filter(asset -> asset.slug().equals(slug) && !asset.global())
                .map(AssetSummary::lineageId).findFirst();
    }
}
