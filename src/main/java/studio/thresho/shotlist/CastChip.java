package studio.thresho.shotlist;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.UUID;
import studio.thresho.generation.PlanPick;
import studio.thresho.generation.Slot;

/**
 * One asset cast in a shot: a chip with thumbnail, name and version, following the asset's active
 * version or pinned to an exact one, with its per-shot context (FR-6.2).
 *
 * @param pinnedVersionId null when the chip follows the active version
 * @param pinnedVersion   the pinned version's number, or null
 * @param thumbnailUrl    null when the asset has no picture
 */
public record CastChip(UUID id, UUID shotId, Slot slot, UUID lineageId, String name, String thumbnailUrl, UUID pinnedVersionId,
                       String pinnedVersion, UUID activeVersionId, String activeVersion, Map<String, String> context) {

    public CastChip {
        context = Map.copyOf(context);
    }

    public boolean pinned() {
        return pinnedVersionId != null;
    }

    /** Pinned to a version that is no longer the active one. */
    public boolean pinOutdated() {
        return pinned() && !pinnedVersionId.equals(activeVersionId);
    }

    /** "v2.1.0", "v1.1.0 pinned", or "v1.1.0 pinned · v2.1.0 active". */
    public String versionText() {
        if (!pinned()) {
            return "v" + activeVersion;
        }
        return "v" + pinnedVersion + " pinned" + (pinOutdated() ? " · v" + activeVersion + " active" : "");
    }

    /** "Marcus v2.1.0, Barbershop v1.0.0 pinned": a shot's cast with versions, as the storyboard and its PDF name it. */
    public static String withVersions(List<CastChip> cast) {
        return cast.stream().map(chip -> chip.name() + " " + chip.versionText()).collect(Collectors.joining(", "));
    }

    public PlanPick planPick() {
        return new PlanPick(slot, lineageId, pinnedVersionId, context);
    }
}
