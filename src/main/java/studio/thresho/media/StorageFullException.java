package studio.thresho.media;

import studio.thresho.base.UserFacingException;

/**
 * The media directory has no room for a file: nothing was written (no partial file is left), and
 * the same store can be tried again once space is freed. Work that has bytes someone paid for
 * (a provider's result) keeps them retryable instead of failing.
 */
public class StorageFullException extends UserFacingException {

    static final String MESSAGE = "The server's media storage is full, so the image was not saved. "
            + "Ask your administrator to free disk space, then try again.";

    public StorageFullException() {
        super(MESSAGE);
    }
}
