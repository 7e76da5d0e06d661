package studio.thresho.media;

import studio.thresho.base.UserFacingException;

/** An upload the pipeline refuses; the message says why, for the person who uploaded it. */
public class MediaRejectedException extends UserFacingException {

    public MediaRejectedException(String message) {
        super(message);
    }
}
