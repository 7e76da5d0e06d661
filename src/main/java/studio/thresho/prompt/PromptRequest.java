package studio.thresho.prompt;

import studio.thresho.asset.PromptFragment;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import studio.thresho.asset.AssetDetail;

/**
 * Everything one prompt is assembled from. Only the provider is required: missing assets, shot and
 * brand simply leave their sections out.
 *
 * @param fragmentsByVersionId the prompt fragments of the selected asset versions
 */
public record PromptRequest(List<TalentPick> talents, EnvironmentPick environment, AssetDetail lighting, List<AssetDetail> props,
                            AssetDetail camera, AssetDetail style, ShotSpec shot, BrandTokens brand, ProviderProfile provider,
                            Map<UUID, List<PromptFragment>> fragmentsByVersionId) {

    public PromptRequest {
        Objects.requireNonNull(provider, "provider");
        talents = talents == null ? List.of() : talents.stream().filter(Objects::nonNull).toList();
        props = props == null ? List.of() : props.stream().filter(Objects::nonNull).toList();
        fragmentsByVersionId = fragmentsByVersionId == null ? Map.of() : Map.copyOf(fragmentsByVersionId);
    }

    /** The selected assets in prompt order: talent, environment, lighting, props, camera, style. */
    List<AssetDetail> selectedAssets() {
        List<AssetDetail> assets = new ArrayList<>();
        talents.forEach(pick -> assets.add(pick.talent()));
        if (environment != null) {
            assets.add(environment.environment());
        }
        if (lighting != null) {
            assets.add(lighting);
        }
        assets.addAll(props);
        if (camera != null) {
            assets.add(camera);
        }
        if (style != null) {
            assets.add(style);
        }
        return assets;
    }
}
