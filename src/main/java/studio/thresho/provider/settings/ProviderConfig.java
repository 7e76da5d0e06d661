package studio.thresho.provider.settings;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import studio.thresho.base.UserFacingException;
import studio.thresho.provider.catalogue.CatalogueModel;

/**
 * A provider's current set-up as its client uses it.
 *
 * @param credential        the decrypted API key, when one is stored and usable
 * @param keyHosts          hosts besides the base URL's that may receive the key ({@link ProviderHosts})
 * @param modelOverrides    models an administrator added to or changed in the shipped catalogue
 * @param monthlyRequestCap paid requests a project may send to the provider per calendar month (UTC); null for no cap
 * @param keyState          whether a stored key can be used (unreadable with this SECRETS_KEY, saved for another address...)
 */
public record ProviderConfig(String providerId, boolean enabled, String baseUrl, String model, Map<String, Object> parameters,
                             int concurrencyLimit, Optional<String> credential, List<String> keyHosts, KeyState keyState,
                             List<CatalogueModel> modelOverrides, Integer monthlyRequestCap) {

    public ProviderConfig {
        modelOverrides = modelOverrides == null ? List.of() : List.copyOf(modelOverrides);
        parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
        keyHosts = keyHosts == null ? List.of() : List.copyOf(keyHosts);
        keyState = keyState != null ? keyState : credential != null && credential.isPresent() ? KeyState.STORED : KeyState.NONE;
    }

    public ProviderConfig(String providerId, boolean enabled, String baseUrl, String model, Map<String, Object> parameters,
                          int concurrencyLimit, Optional<String> credential) {
        this(providerId, enabled, baseUrl, model, parameters, concurrencyLimit, credential, List.of(), null, List.of(), null);
    }

    public ProviderConfig(String providerId, boolean enabled, String baseUrl, String model, Map<String, Object> parameters,
                          int concurrencyLimit, Optional<String> credential, List<String> keyHosts, KeyState keyState) {
        this(providerId, enabled, baseUrl, model, parameters, concurrencyLimit, credential, keyHosts, keyState, List.of(), null);
    }

    /** The same set-up with these catalogue overrides (an administrator's models laid over the shipped ones). */
    public ProviderConfig withModelOverrides(List<CatalogueModel> overrides) {
        return new ProviderConfig(providerId, enabled, baseUrl, model, parameters, concurrencyLimit, credential, keyHosts, keyState, overrides,
                monthlyRequestCap);
    }

    /** The same set-up with a cap of paid requests per project per month (null: none). */
    public ProviderConfig withMonthlyRequestCap(Integer cap) {
        return new ProviderConfig(providerId, enabled, baseUrl, model, parameters, concurrencyLimit, credential, keyHosts, keyState,
                modelOverrides, cap);
    }

    /**
     * The key for an address the provider gave (BFL's {@code polling_url}): only when that address is
     * on the provider's own hosts, the base URL's origin or an https host of {@link #keyHosts}.
     */
    public Optional<String> credentialFor(String url) {
        return ProviderHosts.receivesKey(url, baseUrl, keyHosts) ? credential : Optional.empty();
    }

    /** Never prints the credential: a config may end up in a log line or an exception message. */
    @Override
    public String toString() {
        return "ProviderConfig[" + providerId + ", enabled=" + enabled + ", baseUrl=" + baseUrl + ", model=" + model
                + ", concurrency=" + concurrencyLimit + ", credential=" + (credential.isPresent() ? "(set)" : "(none)") + "]";
    }

    public String requireCredential(String providerName) {
        if (keyState.problem() != null) {
            throw new UserFacingException(providerName + ": " + keyState.problem());
        }
        return credential.orElseThrow(() -> new UserFacingException(
                providerName + " has no API key yet: an administrator sets it under Admin > Providers."));
    }
}
