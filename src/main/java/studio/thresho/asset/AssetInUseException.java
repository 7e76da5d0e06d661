package studio.thresho.asset;

import studio.thresho.base.UserFacingException;

/** Deleting an asset that generations or shots used would break them; archiving keeps them valid. */
public class AssetInUseException extends UserFacingException {

    public AssetInUseException(String name, long uses) {
        super(name + " was used " + uses + (uses == 1 ? " time" : " times") + " in generations or shot lists, so it cannot be deleted. "
                + "Archive it instead: it leaves the library but past work keeps it.");
    }
}
