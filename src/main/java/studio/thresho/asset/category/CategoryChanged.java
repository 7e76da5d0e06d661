package studio.thresho.asset.category;

import java.util.UUID;

/** A category was renamed or moved: the assets in it and below it are described differently now. */
public record CategoryChanged(UUID categoryId) {
}
