package studio.thresho.prompt;

/**
 * Where and when in the environment this generation happens (FR-6.2); every field is optional.
 *
 * @param area            which part of the environment, e.g. "near the window"
 * @param timeOverride    replaces the environment's own time of day
 * @param weatherOverride replaces the environment's own weather / atmosphere
 * @param modifications   temporary changes, e.g. "decorated for the holidays"
 */
public record EnvironmentContext(String area, TimeOfDay timeOverride, String weatherOverride, String modifications) {

    public static EnvironmentContext none() {
        return new EnvironmentContext(null, null, null, null);
    }
}
