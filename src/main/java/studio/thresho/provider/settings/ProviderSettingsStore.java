package studio.thresho.provider.settings;

import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Reads a provider's set-up for its client; stored values win over the provider's defaults. */
@Component
public class ProviderSettingsStore implements ProviderConfigs {

    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {
    };

    private final ProviderSettingsRepository settings;
    private final SecretsCipher cipher;
    private final JsonMapper json;

    ProviderSettingsStore(ProviderSettingsRepository settings, SecretsCipher cipher, JsonMapper json) {
        this.settings = settings;
        this.cipher = cipher;
        this.json = json;
    }

    @Override
    @Transactional(readOnly = true)
    public ProviderConfig config(String providerId, ProviderDefaults defaults) {
        Optional<ProviderSettings> stored = settings.findById(providerId);
        if (stored.isEmpty()) {
            return new ProviderConfig(providerId, defaults.startsEnabled(), defaults.baseUrl(), defaults.model(), Map.of(),
                    defaults.concurrencyLimit(), Optional.empty());
        }
        ProviderSettings row = stored.get();
        return new ProviderConfig(providerId, row.isEnabled(), blankTo(row.getBaseUrl(), defaults.baseUrl()),
                blankTo(row.getDefaultModel(), defaults.model()),
                row.getParametersJson() == null ? Map.of() : json.readValue(row.getParametersJson(), OBJECT), row.getConcurrencyLimit(),
                row.getCredentialCipher() == null || !cipher.configured() ? Optional.empty() : Optional.of(cipher.decrypt(row.getCredentialCipher())));
    }

    private static String blankTo(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
