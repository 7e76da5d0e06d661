package studio.thresho.provider.settings;

/**
 * A provider as the Admin > Providers page shows it.
 *
 * @param parameters    default parameters as JSON object text
 * @param hasCredential whether a credential is stored (it is never shown again)
 */
public record ProviderSetup(String providerId, String name, boolean enabled, String baseUrl, String model, String parameters,
                            int concurrencyLimit, boolean hasCredential, ProviderDefaults defaults, long lockVersion) {
}
