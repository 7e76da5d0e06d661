package studio.thresho.asset;

import java.awt.Color;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import studio.thresho.media.LightingSketch;

/**
 * The 8 lighting presets every installation has (seeded by migration V2 with these lineage ids)
 * and how their reference images draw them: where key and fill stand, their colours, the backdrop.
 * Name, mood and shadows come from the preset itself.
 */
final class LightingPresets {

    private static final Color WARM = new Color(255, 196, 130);
    private static final Color WARM_BOUNCE = new Color(255, 222, 185);
    private static final Color NEUTRAL = new Color(255, 250, 242);
    private static final Color DAYLIGHT = new Color(236, 242, 255);
    private static final Color COOL = new Color(208, 224, 255);

    /** How one preset is drawn; the name and words are the preset's own. */
    record Preset(UUID lineageId, int keyAzimuth, int keyElevation, Integer fillAzimuth, double fillRatio, Color key, Color fill,
                  double softness, Color backdropTop, Color backdropBottom, String temperature) {

        LightingSketch sketch(String name, Map<String, Object> values) {
            return new LightingSketch(name, keyAzimuth, keyElevation, fillAzimuth, fillRatio, key, fill, softness, backdropTop,
                    backdropBottom, temperature, text(values.get("shadows"), "soft").toLowerCase(java.util.Locale.ROOT),
                    text(values.get("mood"), ""));
        }

        private static String text(Object value, String fallback) {
            return value == null ? fallback : value.toString();
        }
    }

    static final List<Preset> ALL = List.of(
            new Preset(id(201), 150, 10, -15, 2, new Color(255, 170, 90), WARM_BOUNCE, 0.8,
                    new Color(250, 192, 122), new Color(150, 92, 72), "3500 K, warm"),
            new Preset(id(202), 25, 25, -40, 1.2, NEUTRAL, NEUTRAL, 0.9,
                    new Color(252, 252, 252), new Color(234, 235, 238), "5600 K, neutral"),
            new Preset(id(203), 75, 15, null, 1, NEUTRAL, NEUTRAL, 0.1,
                    new Color(24, 24, 28), new Color(6, 6, 8), "5600 K, neutral"),
            new Preset(id(204), 70, 10, -60, 3, DAYLIGHT, NEUTRAL, 0.7,
                    new Color(128, 132, 138), new Color(70, 72, 78), "5600 K, daylight"),
            new Preset(id(205), 0, 60, 0, 1.5, COOL, COOL, 1.0,
                    new Color(192, 200, 212), new Color(140, 148, 162), "6500 K, cool"),
            new Preset(id(206), 60, 5, -60, 1.5, new Color(255, 70, 200), new Color(70, 225, 255), 0.2,
                    new Color(24, 18, 46), new Color(6, 6, 18), "mixed: magenta and cyan"),
            new Preset(id(207), 45, 45, -50, 6, WARM, WARM_BOUNCE, 0.3,
                    new Color(60, 44, 34), new Color(20, 14, 10), "3200 K, warm"),
            new Preset(id(208), 0, 0, null, 1, NEUTRAL, NEUTRAL, 0.95,
                    new Color(238, 238, 242), new Color(214, 214, 222), "5600 K, neutral"));

    private LightingPresets() {
    }

    private static UUID id(int suffix) {
        return UUID.fromString("00000000-0000-4000-8000-000000000" + suffix);
    }
}
