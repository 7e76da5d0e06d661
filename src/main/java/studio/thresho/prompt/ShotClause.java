package studio.thresho.prompt;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The shot's camera work, in its fixed place right after the subjects: framing (when no talent
 * carries it), angle, movement and lens. "Low angle, dolly shot, 35mm lens."
 */
final class ShotClause {

    private static final String LABEL = "shot";
    private static final Set<String> ANGLES = Set.of("low", "high", "dutch", "overhead", "eye-level", "bird's-eye", "worm's-eye");
    private static final Set<String> CAMERAS = Set.of("static", "handheld", "locked-off");

    private ShotClause() {
    }

    /** @param framing the shot list's framing when no talent carries it */
    static SectionDraft of(ShotSpec shot, String framing) {
        List<Part> parts = List.of(
                shot("framing", framing),
                shot("angle", angle(shot.angle())),
                shot("movement", movement(shot.movement())),
                shot("lens", lens(shot.lens())));
        return SectionDraft.of(SectionKind.SHOT, null, parts, remaining -> Text.sentence(remaining.parts().stream().map(Part::text).toList()));
    }

    /** "low" → "low angle", "eye level" → "eye-level angle"; anything longer as written. */
    static String angle(String text) {
        String angle = Text.embedded(text);
        if (angle == null) {
            return null;
        }
        String hyphenated = angle.toLowerCase(Locale.ROOT).replace("eye level", "eye-level");
        return ANGLES.contains(hyphenated) ? (hyphenated.equals("dutch") ? "Dutch" : hyphenated) + " angle" : angle;
    }

    /** "static" → "static camera", "dolly" → "dolly shot"; anything longer as written. */
    static String movement(String text) {
        String movement = Text.embedded(text);
        if (movement == null || movement.contains(" ")) {
            return movement;
        }
        String word = movement.toLowerCase(Locale.ROOT);
        return CAMERAS.contains(word) ? word + " camera" : word + " shot";
    }

    /** "35mm" → "35mm lens". */
    static String lens(String text) {
        String lens = Text.embedded(text);
        return lens == null || lens.toLowerCase(Locale.ROOT).contains("lens") ? lens : lens + " lens";
    }

    private static Part shot(String key, String text) {
        return Part.trimmable(key, text, TrimStage.CAMERA, LABEL);
    }
}
