package studio.thresho.generation.provider.settings;

import java.util.List;

/**
 * How a provider starts out before an administrator sets it up.
 *
 * @param needsCredential whether it can run without an API key (local engines can)
 * @param models          the models offered for its default model
 */
public record ProviderDefaults(String baseUrl, String model, List<String> models, boolean needsCredential, int concurrencyLimit,
                               String credentialHelp) {

    public ProviderDefaults {
        models = models == null ? List.of() : List.copyOf(models);
    }

    /** A provider that needs nothing set up (the offline storyboard). */
    public static ProviderDefaults builtIn() {
        return new ProviderDefaults(null, null, List.of(), false, 4, null);
    }
}
