package studio.thresho.prompt;

/**
 * The specification of a shot from a shot list; every field is optional.
 *
 * @param shotType    the framing, e.g. "medium shot", "Close-up", "Wide"
 * @param cameraAngle e.g. "low angle"
 * @param description what happens in the shot
 */
public record ShotSpec(String shotType, String cameraAngle, String description) {
}
