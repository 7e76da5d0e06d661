package studio.thresho.provider;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import studio.thresho.base.UserFacingException;

/** Every provider the application knows; the offline one is the default when none other is ready. */
@Component
public class ProviderRegistry {

    private final List<GenerationProvider> providers;

    ProviderRegistry(List<GenerationProvider> providers) {
        this.providers = providers.stream().sorted(Comparator.comparing(GenerationProvider::displayName)).toList();
    }

    public List<GenerationProvider> all() {
        return providers;
    }

    public List<GenerationProvider> available() {
        return providers.stream().filter(GenerationProvider::available).toList();
    }

    public Optional<GenerationProvider> find(String id) {
        return providers.stream().filter(provider -> provider.id().equals(id)).findFirst();
    }

    public GenerationProvider require(String id) {
        return find(id).orElseThrow(() -> new UserFacingException("The provider \"" + id + "\" is not known to this installation."));
    }

    /** The first configured provider with an API, else the offline one. */
    public GenerationProvider defaultProvider() {
        return available().stream().filter(provider -> !provider.offline() && !provider.manual()).findFirst()
                .orElseGet(() -> providers.stream().filter(GenerationProvider::offline).findFirst()
                        .orElseThrow(() -> new UserFacingException("No provider is set up.")));
    }
}
