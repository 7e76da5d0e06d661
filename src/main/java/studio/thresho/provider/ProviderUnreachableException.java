package studio.thresho.provider;

/** Nothing reached the provider (connection refused, unknown host), even after retrying. */
public class ProviderUnreachableException extends RuntimeException {

    public ProviderUnreachableException(String providerName, Throwable cause) {
        super(providerName + " could not be reached (" + cause.getClass().getSimpleName() + "): check its base URL and the network.", cause);
    }
}
