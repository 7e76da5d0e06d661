package studio.thresho.provider.settings;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import studio.thresho.provider.GenerationProvider;
import studio.thresho.provider.ProviderRegistry;

/** Lets tests in other packages leave a provider with a key its installation can no longer read. */
@Component
public class ProviderKeysProbe {

    /** A SECRETS_KEY other than the tests' one, as after an operator changed it. */
    static final String FORMER_SECRETS_KEY = "the-secrets-key-before-it-was-changed-0123456789";

    private final ProviderSettingsRepository settings;
    private final ProviderRegistry providers;

    ProviderKeysProbe(ProviderSettingsRepository settings, ProviderRegistry providers) {
        this.settings = settings;
        this.providers = providers;
    }

    /** Enables the provider with a key encrypted under a former SECRETS_KEY. */
    @Transactional
    public void keyFromAFormerSecretsKey(String providerId) {
        GenerationProvider provider = providers.require(providerId);
        ProviderSettings row = settings.findById(providerId).orElseGet(() -> new ProviderSettings(providerId, provider.defaults()));
        row.setEnabled(true);
        row.setCredentialCipher(new SecretsCipher(FORMER_SECRETS_KEY).encrypt("sk-from-before"));
        settings.saveAndFlush(row);
    }

    /** Back to the provider's defaults: off, no key. */
    @Transactional
    public void reset(String providerId) {
        settings.findById(providerId).ifPresent(settings::delete);
    }
}
