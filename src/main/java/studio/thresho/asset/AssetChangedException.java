package studio.thresho.asset;

import studio.thresho.base.UserFacingException;

/** The asset was saved by someone else since the editor loaded it; nothing was overwritten. */
public class AssetChangedException extends UserFacingException {

    public AssetChangedException(String name) {
        super(name + " was changed by someone else meanwhile. Your changes were not saved: reload to see theirs, then apply yours again.");
    }
}
