package studio.thresho.generation;

import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * An asset picked for a generation: its lineage, optionally pinned to an exact version (else its
 * active version is used), and the context given for it in this generation or shot.
 *
 * @param context field to text: for talent {@code action, expression, position, wardrobe_override,
 *                interaction}; for an environment {@code area, time_override, weather_override,
 *                modifications}; empty values are ignored
 */
public record PlanPick(Slot slot, UUID lineageId, UUID pinnedVersionId, Map<String, String> context) {

    public PlanPick {
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(lineageId, "lineageId");
        context = context == null ? Map.of() : Map.copyOf(context);
    }

    public static PlanPick of(Slot slot, UUID lineageId) {
        return new PlanPick(slot, lineageId, null, Map.of());
    }
}
