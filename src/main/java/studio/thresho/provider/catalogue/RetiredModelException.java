package studio.thresho.provider.catalogue;

import studio.thresho.provider.ProviderRefusedException;

/** The configured model is retired: refused before any request is sent, so nothing is billed. */
public class RetiredModelException extends ProviderRefusedException {

    public RetiredModelException(String reason) {
        super(reason);
    }
}
