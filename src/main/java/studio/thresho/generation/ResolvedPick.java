package studio.thresho.generation;

import java.util.Map;
import java.util.Optional;
import studio.thresho.asset.AssetDetail;
import studio.thresho.prompt.EnvironmentContext;
import studio.thresho.prompt.TalentContext;
import studio.thresho.prompt.TimeOfDay;

/**
 * A pick resolved to the exact asset version a generation uses, with its context read for prompt assembly.
 *
 * @param wardrobe for a talent, the Wardrobe asset its context dresses it in, or null
 */
record ResolvedPick(PlanPick pick, AssetDetail asset, AssetDetail wardrobe) {

    /** The talent context key naming a Wardrobe asset's lineage. */
    static final String WARDROBE_ASSET = "wardrobe_asset";

    ResolvedPick(PlanPick pick, AssetDetail asset) {
        this(pick, asset, null);
    }

    Slot slot() {
        return pick.slot();
    }

    TalentContext talentContext() {
        Map<String, String> context = pick.context();
        String typed = context.get("wardrobe_override");
        // words typed for this shot win; a chosen Wardrobe asset speaks through its description
        String wardrobeText = typed != null && !typed.isBlank() ? typed : wardrobe == null ? null : wardrobeText(wardrobe);
        return new TalentContext(context.get("action"), context.get("expression"), context.get("position"), wardrobeText,
                context.get("interaction"));
    }

    /** The Wardrobe category's style description, else the asset's description, else its name. */
    static String wardrobeText(AssetDetail wardrobe) {
        if (wardrobe.values().get("style_description") instanceof String style && !style.isBlank()) {
            return style.trim();
        }
        return wardrobe.description() != null && !wardrobe.description().isBlank() ? wardrobe.description().trim() : wardrobe.name();
    }

    /** The Wardrobe asset as the generation record keeps it: its exact version, and who wore it. */
    Optional<UsedAsset> usedWardrobe() {
        return Optional.ofNullable(wardrobe).map(worn -> new UsedAsset(worn.lineageId(), worn.versionId(), worn.version(), "wardrobe",
                worn.name(), Map.of("worn_by", asset.name())));
    }

    EnvironmentContext environmentContext() {
        Map<String, String> context = pick.context();
        Optional<TimeOfDay> time = TimeOfDay.ofLabel(context.get("time_override"));
        return new EnvironmentContext(context.get("area"), time.orElse(null), context.get("weather_override"), context.get("modifications"));
    }

    UsedAsset used() {
        Map<String, String> context = nonBlank(pick.context());
        if (wardrobe != null) {
            context.put(WARDROBE_ASSET, wardrobe.name() + " v" + wardrobe.version());
        }
        return new UsedAsset(asset.lineageId(), asset.versionId(), asset.version(), pick.slot().role(), asset.name(), context);
    }

    private static Map<String, String> nonBlank(Map<String, String> context) {
        Map<String, String> kept = new java.util.LinkedHashMap<>();
        context.forEach((key, value) -> {
            if (value != null && !value.isBlank()) {
                kept.put(key, value.trim());
            }
        });
        return kept;
    }
}
