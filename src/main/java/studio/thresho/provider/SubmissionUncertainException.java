package studio.thresho.provider;

/**
 * A submit timed out or failed on the provider's side after it was sent: the provider may have
 * accepted (and billed) it, so it is not sent again without the user deciding.
 */
public class SubmissionUncertainException extends RuntimeException {

    public SubmissionUncertainException(String providerName, Throwable cause) {
        super(providerName + " did not confirm the request (" + describe(cause) + "). It may still be running and billed: "
                + "check " + providerName + "'s dashboard before resubmitting.", cause);
    }

    private static String describe(Throwable cause) {
        if (cause instanceof ProviderHttpException http) {
            return "HTTP " + http.status();
        }
        return cause instanceof java.net.SocketTimeoutException || cause.getCause() instanceof java.net.SocketTimeoutException
                ? "timed out" : cause.getClass().getSimpleName();
    }
}
