package studio.thresho.asset;

import java.time.Duration;
import java.util.UUID;

/**
 * Published by a new-talent form (the asset form, Quick Add) when its first save succeeded, with
 * the time from opening the form to that save.
 */
public record TalentAdded(UUID projectId, Duration took) {
}
