package studio.thresho.asset;

import java.util.UUID;

/** Published after an asset lineage was created, changed, archived or deleted. */
public record AssetChanged(UUID lineageId) {
}
