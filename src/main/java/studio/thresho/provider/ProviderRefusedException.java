package studio.thresho.provider;

/** The provider refused the request (validation, moderation, credits); retrying will not help. */
public class ProviderRefusedException extends RuntimeException {

    public ProviderRefusedException(String reason) {
        super(reason);
    }
}
