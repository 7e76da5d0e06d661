package studio.thresho.asset;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An asset with its whole history as an export carries it, to be recreated as it was: every
 * version keeps its number, notes and parent, and the active one stays active.
 *
 * @param slug          the slug wanted in the target library; null (or taken) makes one from the name
 * @param activeVersion the number of the version new generations use
 * @param consistency   the lineage's consistency settings, or null for none
 */
public record LineageImport(String name, String slug, boolean global, String activeVersion, ConsistencySettings consistency,
                            List<VersionImport> versions) {

    public LineageImport {
        versions = List.copyOf(versions);
    }

    /**
     * One version as exported.
     *
     * @param parentVersion the number of the version it was saved from, or null for the first
     * @param images        every image row, the character-sheet composite included, in order
     */
    public record VersionImport(String version, String parentVersion, String notes, UUID categoryId, String name, Source source,
                                List<String> tags, Map<String, Object> values, List<ImageDraft> images, List<PromptFragment> fragments) {
    }
}
