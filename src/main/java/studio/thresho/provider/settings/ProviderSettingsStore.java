package studio.thresho.provider.settings;

import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import studio.thresho.provider.catalogue.ModelCatalogue;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Reads a provider's set-up for its client; stored values win over the provider's defaults. */
@Component
public class ProviderSettingsStore implements ProviderConfigs {

    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {
    };

    private final ProviderSettingsRepository settings;
    private final StoredKeys keys;
    private final JsonMapper json;

    ProviderSettingsStore(ProviderSettingsRepository settings, StoredKeys keys, JsonMapper json) {
        this.settings = settings;
        this.keys = keys;
        this.json = json;
    }

    @Override
    @Transactional(readOnly = true)
    public ProviderConfig config(String providerId, ProviderDefaults defaults) {
        Optional<ProviderSettings> stored = settings.findById(providerId);
        if (stored.isEmpty()) {
            return new ProviderConfig(providerId, defaults.startsEnabled(), defaults.baseUrl(), defaults.model(), Map.of(),
                    defaults.concurrencyLimit(), Optional.empty(), defaults.keyHosts(), KeyState.NONE);
        }
        ProviderSettings row = stored.get();
        String baseUrl = StoredKeys.effectiveBaseUrl(row, defaults);
        StoredKeys.Key key = keys.read(row, baseUrl);
        return new ProviderConfig(providerId, row.isEnabled(), baseUrl, blankTo(row.getDefaultModel(), defaults.model()),
                row.getParametersJson() == null ? Map.of() : json.readValue(row.getParametersJson(), OBJECT), row.getConcurrencyLimit(),
                key.value(), StoredKeys.keyHosts(row, defaults), key.state(), ModelCatalogue.parseOverrides(row.getModelCatalogue()),
                row.getMonthlyRequestCap());
    }

    private static String blankTo(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
