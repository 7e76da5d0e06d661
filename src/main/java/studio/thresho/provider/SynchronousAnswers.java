package studio.thresho.provider;

import java.util.Base64;

/** What providers that answer with the images themselves (OpenAI, AUTOMATIC1111) share. */
public final class SynchronousAnswers {

    private SynchronousAnswers() {
    }

    /** An image sent as base64 (line breaks allowed); a garbled one is a refusal naming the provider. */
    public static byte[] decodeImage(String providerName, String base64) {
        try {
            return Base64.getMimeDecoder().decode(base64);
        } catch (IllegalArgumentException garbled) {
            throw new ProviderRefusedException(providerName + " sent an image that is not valid base64: " + garbled.getMessage());
        }
    }

    /** The images come with the submission; a poll only happens when the application stopped in between. */
    public static ProviderStatus stoppedBeforeStored(String providerName) {
        return ProviderStatus.failed(providerName + " answers while the request is sent, and the application stopped before the answer "
                + "was stored; generate again.");
    }
}
