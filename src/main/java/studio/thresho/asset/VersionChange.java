package studio.thresho.asset;

import studio.thresho.asset.category.VersionBump;

/**
 * One difference between two versions and the version bump it calls for.
 *
 * @param subject what changed, as the user knows it ("Default wardrobe", "Headshot")
 * @param summary how it changed ("changed", "replaced", "2 added")
 */
public record VersionChange(String subject, String summary, VersionBump bump) {

    @Override
    public String toString() {
        return subject + " " + summary;
    }
}
