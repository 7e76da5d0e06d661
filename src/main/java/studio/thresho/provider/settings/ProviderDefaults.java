package studio.thresho.provider.settings;

import java.util.List;

/**
 * How a provider starts out before an administrator sets it up.
 *
 * @param needsCredential whether it can run without an API key (local engines can)
 * @param models          the models offered for its default model
 * @param startsEnabled   whether it is enabled before anyone sets it up: a provider that needs no key is,
 *                        except a local engine, which may not be running at all
 * @param keyHosts        hosts besides the base URL's that belong to the provider and may receive its key
 *                        ({@code *.bfl.ai} for BFL's regional polling URLs); an administrator may change them
 */
public record ProviderDefaults(String baseUrl, String model, List<String> models, boolean needsCredential, int concurrencyLimit,
                               String credentialHelp, boolean startsEnabled, List<String> keyHosts) {

    public ProviderDefaults {
        models = models == null ? List.of() : List.copyOf(models);
        keyHosts = keyHosts == null ? List.of() : List.copyOf(keyHosts);
    }

    public ProviderDefaults(String baseUrl, String model, List<String> models, boolean needsCredential, int concurrencyLimit,
                            String credentialHelp, boolean startsEnabled) {
        this(baseUrl, model, models, needsCredential, concurrencyLimit, credentialHelp, startsEnabled, List.of());
    }

    /** The same defaults with hosts besides the base URL's that may receive the key. */
    public ProviderDefaults withKeyHosts(String... hosts) {
        return new ProviderDefaults(baseUrl, model, models, needsCredential, concurrencyLimit, credentialHelp, startsEnabled, List.of(hosts));
    }

    public ProviderDefaults(String baseUrl, String model, List<String> models, boolean needsCredential, int concurrencyLimit,
                            String credentialHelp) {
        this(baseUrl, model, models, needsCredential, concurrencyLimit, credentialHelp, !needsCredential);
    }

    /** A provider that needs nothing set up (the offline storyboard). */
    public static ProviderDefaults builtIn() {
        return new ProviderDefaults(null, null, List.of(), false, 4, null);
    }

    /** An engine the studio runs itself (ComfyUI, AUTOMATIC1111): no key, and off until an administrator enables it. */
    public static ProviderDefaults localEngine(String baseUrl, String model, List<String> models, int concurrencyLimit, String help) {
        return new ProviderDefaults(baseUrl, model, models, false, concurrencyLimit, help, false);
    }
}
