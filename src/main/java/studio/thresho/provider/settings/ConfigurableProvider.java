package studio.thresho.provider.settings;

/**
 * A provider as Admin > Providers sees it: who it is, how it starts out, and the call that proves
 * its set-up works. Every generation provider is one.
 */
public interface ConfigurableProvider {

    String id();

    String displayName();

    ProviderDefaults defaults();

    /**
     * The cheapest call that proves the set-up works (credentials, base URL); returns what it
     * found, or throws with the reason.
     */
    String testConnection();
}
