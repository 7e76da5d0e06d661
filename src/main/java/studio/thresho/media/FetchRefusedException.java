package studio.thresho.media;

import studio.thresho.base.UserFacingException;

/**
 * A fetch that {@link UrlFetcher} will not make or finish: a scheme other than http(s), an address
 * inside the studio's network, too many redirects, a body over the size limit, or too slow.
 */
public class FetchRefusedException extends UserFacingException {

    public FetchRefusedException(String message) {
        super(message);
    }
}
