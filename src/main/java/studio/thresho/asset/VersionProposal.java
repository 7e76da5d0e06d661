package studio.thresho.asset;

import java.util.List;
import java.util.stream.Collectors;
import studio.thresho.asset.category.VersionBump;

/**
 * What saving would change, compared with the latest version, and the bump those changes call for.
 *
 * @param latestVersion the version the save builds on
 */
public record VersionProposal(String latestVersion, List<VersionChange> changes) {

    public boolean hasChanges() {
        return !changes.isEmpty();
    }

    /** The largest bump any change calls for; patch when nothing changed. */
    public VersionBump proposed() {
        return changes.stream().map(VersionChange::bump).reduce(VersionBump.PATCH, VersionBump::atLeast);
    }

    public String next(VersionBump bump) {
        return SemanticVersion.parse(latestVersion).next(bump).toString();
    }

    /** Version notes written from the changes, for a save without notes of its own. */
    public String summary() {
        String text = changes.stream().map(VersionChange::toString).collect(Collectors.joining("; "));
        text = text.isEmpty() ? "No changes" : Character.toUpperCase(text.charAt(0)) + text.substring(1);
        return text.length() <= AssetRules.VERSION_NOTES_MAX_LENGTH ? text : text.substring(0, AssetRules.VERSION_NOTES_MAX_LENGTH - 1) + "…";
    }
}
