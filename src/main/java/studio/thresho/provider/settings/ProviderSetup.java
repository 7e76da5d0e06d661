package studio.thresho.provider.settings;

/**
 * A provider as the Admin > Providers page shows it.
 *
 * @param parameters    default parameters as JSON object text
 * @param hasCredential whether a credential is stored (it is never shown again)
 * @param keyHosts      hosts besides the base URL's that may receive the key, comma-separated; null on save keeps them
 * @param keyState      whether the stored key can be used
 * @param monthlyRequestCap paid requests a project may send per month; null for no cap
 * @param modelCatalogue models laid over the shipped catalogue, as JSON array text; null on save keeps them
 */
public record ProviderSetup(String providerId, String name, boolean enabled, String baseUrl, String model, String parameters,
                            int concurrencyLimit, boolean hasCredential, ProviderDefaults defaults, long lockVersion, String keyHosts,
                            KeyState keyState, String modelCatalogue, Integer monthlyRequestCap) {

    public ProviderSetup(String providerId, String name, boolean enabled, String baseUrl, String model, String parameters,
                         int concurrencyLimit, boolean hasCredential, ProviderDefaults defaults, long lockVersion, String keyHosts,
                         KeyState keyState, String modelCatalogue) {
        this(providerId, name, enabled, baseUrl, model, parameters, concurrencyLimit, hasCredential, defaults, lockVersion, keyHosts,
                keyState, modelCatalogue, null);
    }

    public ProviderSetup(String providerId, String name, boolean enabled, String baseUrl, String model, String parameters,
                         int concurrencyLimit, boolean hasCredential, ProviderDefaults defaults, long lockVersion, String keyHosts,
                         KeyState keyState) {
        this(providerId, name, enabled, baseUrl, model, parameters, concurrencyLimit, hasCredential, defaults, lockVersion, keyHosts,
                keyState, null);
    }

    public ProviderSetup(String providerId, String name, boolean enabled, String baseUrl, String model, String parameters,
                         int concurrencyLimit, boolean hasCredential, ProviderDefaults defaults, long lockVersion) {
        this(providerId, name, enabled, baseUrl, model, parameters, concurrencyLimit, hasCredential, defaults, lockVersion, null,
                hasCredential ? KeyState.STORED : KeyState.NONE);
    }
}
