package studio.thresho.shotlist;

import java.util.Map;
import java.util.UUID;
import studio.thresho.generation.Slot;

/** A row of {@code shot_casts} as stored. */
record StoredCast(UUID id, UUID shotId, Slot slot, int sortOrder, UUID lineageId, UUID pinnedVersionId, Map<String, String> context) {
}
