package studio.thresho.wizard.ui;

import java.util.List;
import org.springframework.stereotype.Component;
import studio.thresho.asset.AssetService;
import studio.thresho.asset.AssetSummary;
import studio.thresho.brand.BrandProfileService;
import studio.thresho.brand.BrandProfileView;
import studio.thresho.provider.GenerationProvider;
import studio.thresho.provider.ProviderRegistry;

/** What step 1 offers: the providers that can be used now, the brand profiles and the Style assets. */
@Component
class WizardChoices {

    private final ProviderRegistry providers;
    private final BrandProfileService brands;
    private final AssetService assets;

    WizardChoices(ProviderRegistry providers, BrandProfileService brands, AssetService assets) {
        this.providers = providers;
        this.brands = brands;
        this.assets = assets;
    }

    List<GenerationProvider> providers() {
        return providers.available();
    }

    GenerationProvider defaultProvider() {
        return providers.defaultProvider();
    }

    List<BrandProfileView> brands() {
        return brands.usable();
    }

    List<AssetSummary> styles() {
        return assets.referenceChoices("style");
    }
}
