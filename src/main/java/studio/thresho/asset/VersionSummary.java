package studio.thresho.asset;

import java.time.Instant;
import java.util.UUID;

/**
 * One line of an asset's version history.
 *
 * @param author the display name of whoever saved it, or null when unknown
 */
public record VersionSummary(UUID versionId, String version, Instant createdAt, String author, String notes,
                             boolean active, boolean latest) {

    public String label() {
        return "v" + version + (active ? " (active)" : "") + (latest ? " (latest)" : "");
    }
}
