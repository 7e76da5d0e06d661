package studio.thresho.provider;

import java.util.List;
import org.springframework.stereotype.Component;
import studio.thresho.asset.PromptTargets;

/** Every provider of the installation, for prompt fragments written for one of them. */
@Component
class ProviderPromptTargets implements PromptTargets {

    private final ProviderRegistry providers;

    ProviderPromptTargets(ProviderRegistry providers) {
        this.providers = providers;
    }

    @Override
    public List<Target> all() {
        return providers.all().stream().map(provider -> new Target(provider.id(), provider.displayName())).toList();
    }
}
