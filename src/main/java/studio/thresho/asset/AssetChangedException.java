package studio.thresho.asset;

import studio.thresho.base.UserFacingException;

/** The asset was saved by someone else since the editor loaded it; nothing was overwritten. */
public class AssetChangedException extends UserFacingException {

    private final String latestVersion;

    public AssetChangedException(String name, String latestVersion) {
        super(name + " was changed meanwhile: someone saved v" + latestVersion + " while you were editing. "
                + "Your changes are still in the form and were not saved.");
        this.latestVersion = latestVersion;
    }

    /** The version saved meanwhile, to compare with the one the editor started from. */
    public String latestVersion() {
        return latestVersion;
    }
}
