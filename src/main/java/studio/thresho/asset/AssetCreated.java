package studio.thresho.asset;

import java.util.UUID;

/** Published when a new asset lineage is created (its project is null for a global asset). */
public record AssetCreated(UUID lineageId, UUID projectId) {
}
