package studio.thresho.exchange;

import studio.thresho.base.UserFacingException;

/** A ZIP or folder refused as a whole (unsafe paths, links, a zip bomb, unreadable); nothing of it is imported. */
public class ImportRefusedException extends UserFacingException {

    public ImportRefusedException(String message) {
        super(message);
    }
}
