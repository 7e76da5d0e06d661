package studio.thresho.provider.settings;

/** Where a provider client reads its current set-up. */
@FunctionalInterface
public interface ProviderConfigs {

    ProviderConfig config(String providerId, ProviderDefaults defaults);
}
