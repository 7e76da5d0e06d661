package studio.thresho.generation.provider;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import studio.thresho.base.UserFacingException;
import studio.thresho.generation.provider.storyboard.StoryboardProvider;

/** Every provider the application knows; the offline storyboard is the default when none other is ready. */
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

    /** The first configured provider with an API other than the storyboard, else the storyboard. */
    public GenerationProvider defaultProvider() {
        return available().stream().filter(provider -> !provider.id().equals(StoryboardProvider.ID) && !provider.manual()).findFirst()
                .orElseGet(() -> require(StoryboardProvider.ID));
    }
}
