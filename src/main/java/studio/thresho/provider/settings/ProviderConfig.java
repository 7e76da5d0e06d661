package studio.thresho.provider.settings;

import java.util.Map;
import java.util.Optional;

/**
 * A provider's current set-up as its client uses it.
 *
 * @param credential the decrypted API key, when one is stored
 */
public record ProviderConfig(String providerId, boolean enabled, String baseUrl, String model, Map<String, Object> parameters,
                             int concurrencyLimit, Optional<String> credential) {

    public ProviderConfig {
        parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
    }

    /** Never prints the credential: a config may end up in a log line or an exception message. */
    @Override
    public String toString() {
        return "ProviderConfig[" + providerId + ", enabled=" + enabled + ", baseUrl=" + baseUrl + ", model=" + model
                + ", concurrency=" + concurrencyLimit + ", credential=" + (credential.isPresent() ? "(set)" : "(none)") + "]";
    }

    public String requireCredential(String providerName) {
        return credential.orElseThrow(() -> new studio.thresho.base.UserFacingException(
                providerName + " has no API key yet: an administrator sets it under Admin > Providers."));
    }
}
