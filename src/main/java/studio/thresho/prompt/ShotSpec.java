package studio.thresho.prompt;

/**
 * The specification of a shot from a shot list (FR-6.3 item 3); every field is optional.
 *
 * @param framing         e.g. "medium shot", "Close-up", "Wide"
 * @param angle           e.g. "low", "eye level", "dutch"
 * @param movement        e.g. "static", "dolly", "handheld"
 * @param lens            e.g. "35mm"
 * @param durationSeconds for clips; not part of the prompt
 * @param description     what happens in the shot
 */
public record ShotSpec(String framing, String angle, String movement, String lens, Integer durationSeconds, String description) {

    public ShotSpec(String framing, String angle, String description) {
        this(framing, angle, null, null, null, description);
    }
}
