package studio.thresho.provider.settings;

import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import studio.thresho.base.UserFacingException;
import studio.thresho.provider.catalogue.ModelCatalogue;
import studio.thresho.security.Role;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Admin > Providers: enabling providers, their base URL, default model and parameters, concurrency
 * limit, write-only credentials, and a connection test.
 */
@Service
@PreAuthorize("hasRole('" + Role.Names.ADMIN + "')")
public class ProviderSettingsService {

    public static final int MAX_CONCURRENCY = 100;
    /** The largest monthly cap of paid requests: what the INT column holds is far more than any budget needs. */
    public static final int MAX_MONTHLY_REQUESTS = 1_000_000;
    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {
    };

    private final ProviderSettingsRepository settings;
    private final List<ConfigurableProvider> providers;
    private final SecretsCipher cipher;
    private final StoredKeys keys;
    private final JsonMapper json;

    ProviderSettingsService(ProviderSettingsRepository settings, List<ConfigurableProvider> providers, SecretsCipher cipher, StoredKeys keys,
                            JsonMapper json) {
        this.settings = settings;
        this.providers = providers.stream().sorted(Comparator.comparing(ConfigurableProvider::displayName)).toList();
        this.cipher = cipher;
        this.keys = keys;
        this.json = json;
    }

    @Transactional(readOnly = true)
    public List<ProviderSetup> all() {
        return providers.stream().map(this::setup).toList();
    }

    public boolean canStoreCredentials() {
        return cipher.configured();
    }

    @Transactional
    public ProviderSetup save(ProviderSetup draft) {
        return save(draft, null);
    }

    /**
     * Saves the set-up, and the new key when one is given. A stored key is sent only to the address
     * it was saved for: a new base URL with a stored key needs the key entered again (or removed).
     */
    @Transactional
    public ProviderSetup save(ProviderSetup draft, String newCredential) {
        ConfigurableProvider provider = require(draft.providerId());
        ProviderSettings row = settings.findById(draft.providerId()).orElseGet(() -> new ProviderSettings(draft.providerId(), provider.defaults()));
        if (row.getLockVersion() != null && row.getLockVersion() != draft.lockVersion()) {
            throw new UserFacingException(provider.displayName() + " was changed by another administrator meanwhile; reopen it.");
        }
        String before = ProviderHosts.origin(StoredKeys.effectiveBaseUrl(row, provider.defaults()));
        boolean newKey = newCredential != null && !newCredential.isBlank();
        row.setEnabled(draft.enabled());
        row.setBaseUrl(checkUrl(draft.baseUrl()));
        String after = ProviderHosts.origin(StoredKeys.effectiveBaseUrl(row, provider.defaults()));
        if (!before.equals(after) && row.getCredentialCipher() != null && !newKey) {
            throw new UserFacingException("The base URL of " + provider.displayName() + " changed. A stored API key is only sent to the "
                    + "address it was saved for: enter the key again for the new address (or remove the stored key).");
        }
        if (draft.keyHosts() != null) {
            String hosts = ProviderHosts.format(ProviderHosts.parse(draft.keyHosts()));
            if (hosts.length() > ProviderHosts.KEY_HOSTS_MAX_LENGTH) {
                throw new UserFacingException("The list of hosts has at most " + ProviderHosts.KEY_HOSTS_MAX_LENGTH + " characters.");
            }
            row.setKeyHosts(hosts.equals(ProviderHosts.format(provider.defaults().keyHosts())) ? null : hosts);
        }
        if (newKey) {
            storeKey(row, newCredential, after);
        }
        row.setDefaultModel(draft.model() == null || draft.model().isBlank() ? null : draft.model().trim());
        row.setParametersJson(checkParameters(draft.parameters()));
        if (draft.monthlyRequestCap() != null && (draft.monthlyRequestCap() < 0 || draft.monthlyRequestCap() > MAX_MONTHLY_REQUESTS)) {
            throw new UserFacingException("The monthly cap of paid requests is a number from 0 to " + MAX_MONTHLY_REQUESTS
                    + ", or empty for no cap.");
        }
        row.setMonthlyRequestCap(draft.monthlyRequestCap());
        if (draft.modelCatalogue() != null) {
            ModelCatalogue.parseOverrides(draft.modelCatalogue());
            row.setModelCatalogue(draft.modelCatalogue().isBlank() ? null : draft.modelCatalogue().strip());
        }
        if (draft.concurrencyLimit() < 1 || draft.concurrencyLimit() > MAX_CONCURRENCY) {
            throw new UserFacingException("The concurrency limit is a number from 1 to " + MAX_CONCURRENCY + ".");
        }
        row.setConcurrencyLimit(draft.concurrencyLimit());
        settings.saveAndFlush(row);
        return setup(provider);
    }

    /** Stores the credential encrypted (a blank one removes it); it is never shown again. */
    @Transactional
    public ProviderSetup setCredential(String providerId, String secret) {
        ConfigurableProvider provider = require(providerId);
        ProviderSettings row = settings.findById(providerId).orElseGet(() -> new ProviderSettings(providerId, provider.defaults()));
        storeKey(row, secret, ProviderHosts.origin(StoredKeys.effectiveBaseUrl(row, provider.defaults())));
        settings.saveAndFlush(row);
        return setup(provider);
    }

    /** The key, bound to the origin it is meant for; a blank one removes the stored key. */
    private void storeKey(ProviderSettings row, String secret, String origin) {
        boolean remove = secret == null || secret.isBlank();
        row.setCredentialCipher(remove ? null : cipher.encrypt(secret.trim()));
        row.setCredentialOrigin(remove ? null : origin);
    }

    /** Runs the provider's cheapest authenticated call; the answer says what happened in plain words. */
    public String testConnection(String providerId) {
        ConfigurableProvider provider = require(providerId);
        try {
            return provider.testConnection();
        } catch (UserFacingException refused) {
            throw refused;
        } catch (RuntimeException failed) {
            throw new UserFacingException(provider.displayName() + " did not answer as expected: " + failed.getMessage());
        }
    }

    private ConfigurableProvider require(String providerId) {
        return providers.stream().filter(provider -> provider.id().equals(providerId)).findFirst()
                .orElseThrow(() -> new UserFacingException("The provider \"" + providerId + "\" is not known to this installation."));
    }

    private ProviderSetup setup(ConfigurableProvider provider) {
        ProviderDefaults defaults = provider.defaults();
        return settings.findById(provider.id()).map(row -> new ProviderSetup(provider.id(), provider.displayName(), row.isEnabled(),
                        row.getBaseUrl(), row.getDefaultModel(), row.getParametersJson() == null ? "" : row.getParametersJson(),
                        row.getConcurrencyLimit(), row.getCredentialCipher() != null, defaults, row.getLockVersion(),
                        ProviderHosts.format(StoredKeys.keyHosts(row, defaults)),
                        keys.read(row, StoredKeys.effectiveBaseUrl(row, defaults)).state(),
                        row.getModelCatalogue() == null ? "" : row.getModelCatalogue(), row.getMonthlyRequestCap()))
                .orElseGet(() -> new ProviderSetup(provider.id(), provider.displayName(), defaults.startsEnabled(), defaults.baseUrl(),
                        defaults.model(), "", defaults.concurrencyLimit(), false, defaults, -1, ProviderHosts.format(defaults.keyHosts()),
                        KeyState.NONE, "", null));
    }

    private static String checkUrl(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            URI uri = URI.create(raw.trim());
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                throw new IllegalArgumentException();
            }
            return raw.trim().replaceAll("/+$", "");
        } catch (IllegalArgumentException notAUrl) {
            throw new UserFacingException("The base URL must be an http(s) address such as https://api.bfl.ai.");
        }
    }

    private String checkParameters(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return json.writeValueAsString(json.readValue(raw, OBJECT));
        } catch (JacksonException notJson) {
            throw new UserFacingException("The default parameters must be a JSON object, e.g. {\"safety_tolerance\": 2}.");
        }
    }
}
