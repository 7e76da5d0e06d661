package studio.thresho.generation;

import java.util.Map;
import java.util.Optional;
import studio.thresho.asset.AssetDetail;
import studio.thresho.prompt.EnvironmentContext;
import studio.thresho.prompt.TalentContext;
import studio.thresho.prompt.TimeOfDay;

/** A pick resolved to the exact asset version a generation uses, with its context read for prompt assembly. */
record ResolvedPick(PlanPick pick, AssetDetail asset) {

    Slot slot() {
        return pick.slot();
    }

    TalentContext talentContext() {
        Map<String, String> context = pick.context();
        return new TalentContext(context.get("action"), context.get("expression"), context.get("position"), context.get("wardrobe_override"),
                context.get("interaction"));
    }

    EnvironmentContext environmentContext() {
        Map<String, String> context = pick.context();
        Optional<TimeOfDay> time = TimeOfDay.ofLabel(context.get("time_override"));
        return new EnvironmentContext(context.get("area"), time.orElse(null), context.get("weather_override"), context.get("modifications"));
    }

    UsedAsset used() {
        return new UsedAsset(asset.lineageId(), asset.versionId(), asset.version(), pick.slot().role(), asset.name(), nonBlank(pick.context()));
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
