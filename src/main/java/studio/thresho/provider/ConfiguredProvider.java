package studio.thresho.provider;

import java.util.Optional;
import studio.thresho.provider.catalogue.ModelCatalogue;
import studio.thresho.provider.settings.ProviderConfig;
import studio.thresho.provider.settings.ProviderConfigs;
import studio.thresho.provider.settings.ProviderDefaults;

/**
 * A provider an administrator sets up under Admin > Providers: its identity, its defaults, and its
 * current set-up read at each call (so a change applies without a restart).
 */
public abstract class ConfiguredProvider implements GenerationProvider {

    private final String id;
    private final String name;
    private final ProviderDefaults defaults;
    private final ProviderConfigs configs;

    protected ConfiguredProvider(String id, String name, ProviderDefaults defaults, ProviderConfigs configs) {
        this.id = id;
        this.name = name;
        this.defaults = defaults;
        this.configs = configs;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String displayName() {
        return name;
    }

    @Override
    public final ProviderDefaults defaults() {
        return defaults;
    }

    /** Enabled, and holding a key when it needs one. */
    @Override
    public boolean available() {
        ProviderConfig config = config();
        return config.enabled() && (!defaults.needsCredential() || config.credential().isPresent());
    }

    @Override
    public Optional<String> setupProblem() {
        ProviderConfig config = config();
        return config.enabled() && config.keyState().label() != null ? Optional.of(config.keyState().label()) : Optional.empty();
    }

    @Override
    public int concurrencyLimit() {
        return config().concurrencyLimit();
    }

    @Override
    public Optional<String> modelStanding() {
        ProviderConfig config = config();
        ModelCatalogue catalogue = catalogue(config);
        catalogue.requireUsable(config.model());
        return catalogue.warning(config.model());
    }

    @Override
    public java.util.OptionalInt monthlyRequestCap() {
        Integer cap = config().monthlyRequestCap();
        return cap == null ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(cap);
    }

    /** The shipped catalogue with this installation's overrides. */
    protected ModelCatalogue catalogue(ProviderConfig config) {
        return ModelCatalogue.of(id, name, config.modelOverrides());
    }

    /** The model a request runs on (its own, else the configured one), refused before any request when retired. */
    protected String usableModel(ProviderConfig config, String requested) {
        String model = requested != null && !requested.isBlank() ? requested : config.model();
        catalogue(config).requireUsable(model);
        return model;
    }

    protected ProviderConfig config() {
        return configs.config(id, defaults);
    }
}
