package studio.thresho.base;

/**
 * A refusal whose message is written for the person using the app ("You cannot remove the last
 * administrator"). The UI shows the message as it is; anything else is shown as a generic error.
 */
public class UserFacingException extends RuntimeException {

    public UserFacingException(String message) {
        super(message);
    }
}
