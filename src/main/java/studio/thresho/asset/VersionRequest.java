package studio.thresho.asset;

import studio.thresho.asset.category.VersionBump;

/**
 * How a save numbers and describes the version it creates.
 *
 * @param bump     null for the bump the changes call for
 * @param notes    null for notes written from the changes
 * @param activate whether new generations use the new version by default; null keeps the rule:
 *                 yes when the latest version was the active one
 */
public record VersionRequest(VersionBump bump, String notes, Boolean activate) {

    public static VersionRequest proposed() {
        return new VersionRequest(null, null, null);
    }
}
