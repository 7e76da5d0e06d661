package studio.thresho.shotlist;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A shot list as the Shot lists page shows it.
 *
 * @param selectedFrames media keys of the shots' selected frames, in shot order (filled once shots are generated)
 * @param orderVersion   what a change of the rows' order must name, so that two reorders never silently cross
 */
public record ShotListSummary(UUID id, UUID projectId, String name, String description, ShotListStatus status, UUID brandProfileId,
                              String brandName, String defaultProviderId, int shotCount, List<String> selectedFrames,
                              boolean archived, Instant updatedAt, long lockVersion, long orderVersion) {
}
