package studio.thresho.generation.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import studio.thresho.asset.AssetDetail;
import studio.thresho.asset.AssetSummary;
import studio.thresho.generation.PlanPick;
import studio.thresho.generation.Slot;
import studio.thresho.prompt.EnvironmentContext;
import studio.thresho.prompt.TalentContext;
import studio.thresho.prompt.TimeOfDay;

/**
 * One asset version picked for a generation, with the per-generation context given for it.
 *
 * @param talent      for a talent, else null
 * @param environment for an environment, else null
 * @param wardrobe    for a talent, the Wardrobe asset it wears in this generation, or null
 */
public record Pick(Slot slot, AssetDetail asset, TalentContext talent, EnvironmentContext environment, AssetSummary wardrobe) {

    /** The context key naming the Wardrobe asset (the planner reads it). */
    static final String WARDROBE_ASSET = "wardrobe_asset";

    public Pick(Slot slot, AssetDetail asset, TalentContext talent, EnvironmentContext environment) {
        this(slot, asset, talent, environment, null);
    }

    public static Pick of(Slot slot, AssetDetail asset) {
        return new Pick(slot, asset, slot == Slot.TALENT ? TalentContext.none() : null,
                slot == Slot.ENVIRONMENT ? EnvironmentContext.none() : null);
    }

    /** A pick as stored elsewhere (a shot's cast) with the version it resolves to, its context map read back. */
    public static Pick of(PlanPick planned, AssetDetail asset) {
        Map<String, String> context = planned.context();
        TalentContext talent = planned.slot() != Slot.TALENT ? null : new TalentContext(context.get("action"), context.get("expression"),
                context.get("position"), context.get("wardrobe_override"), context.get("interaction"));
        EnvironmentContext environment = planned.slot() != Slot.ENVIRONMENT ? null : new EnvironmentContext(context.get("area"),
                TimeOfDay.ofLabel(context.get("time_override")).orElse(null), context.get("weather_override"), context.get("modifications"));
        return new Pick(planned.slot(), asset, talent, environment);
    }

    /** The context as stored with the asset's usage: field to text, empty ones left out. */
    public Map<String, String> contextMap() {
        Map<String, String> context = new LinkedHashMap<>();
        if (talent != null) {
            put(context, "action", talent.action());
            put(context, "expression", talent.expression());
            put(context, "position", talent.position());
            put(context, "wardrobe_override", talent.wardrobeOverride());
            put(context, "interaction", talent.interaction());
        }
        if (wardrobe != null) {
            context.put(WARDROBE_ASSET, wardrobe.lineageId().toString());
        }
        if (environment != null) {
            put(context, "area", environment.area());
            put(context, "time_override", environment.timeOverride() == null ? null : environment.timeOverride().label());
            put(context, "weather_override", environment.weatherOverride());
            put(context, "modifications", environment.modifications());
        }
        return context;
    }

    /** The pick as the planner takes it: a version other than the active one is pinned. */
    public PlanPick planned() {
        return new PlanPick(slot, asset.lineageId(), asset.active() ? null : asset.versionId(), contextMap());
    }

    /** A line under the pick saying what the context adds. */
    String contextSummary() {
        Map<String, String> shown = contextMap();
        if (wardrobe != null) {
            shown.put(WARDROBE_ASSET, "wearing " + wardrobe.name());
        }
        return String.join(" · ", shown.values());
    }

    private static void put(Map<String, String> context, String key, String value) {
        if (value != null && !value.isBlank()) {
            context.put(key, value.trim());
        }
    }
}
