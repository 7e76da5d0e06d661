package studio.thresho.prompt;

import studio.thresho.asset.PromptFragment;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import studio.thresho.asset.AssetDetail;

/** A prompt request put together step by step; the storyboard provider unless told otherwise. */
final class TestRequest {

    private final List<TalentPick> talents = new ArrayList<>();
    private final List<AssetDetail> props = new ArrayList<>();
    private final Map<UUID, List<PromptFragment>> fragments = new HashMap<>();
    private EnvironmentPick environment;
    private AssetDetail lighting;
    private AssetDetail camera;
    private AssetDetail style;
    private ShotSpec shot;
    private BrandTokens brand;
    private ProviderProfile provider = ProviderProfile.STORYBOARD;

    TestRequest talent(AssetDetail talent, TalentContext context) {
        talents.add(new TalentPick(talent, context));
        return this;
    }

    TestRequest environment(AssetDetail asset, EnvironmentContext context) {
        environment = new EnvironmentPick(asset, context);
        return this;
    }

    TestRequest lighting(AssetDetail asset) {
        lighting = asset;
        return this;
    }

    TestRequest prop(AssetDetail asset) {
        props.add(asset);
        return this;
    }

    TestRequest camera(AssetDetail asset) {
        camera = asset;
        return this;
    }

    TestRequest style(AssetDetail asset) {
        style = asset;
        return this;
    }

    TestRequest shot(ShotSpec spec) {
        shot = spec;
        return this;
    }

    TestRequest brand(BrandTokens tokens) {
        brand = tokens;
        return this;
    }

    TestRequest provider(ProviderProfile profile) {
        provider = profile;
        return this;
    }

    TestRequest fragment(AssetDetail asset, PromptFragment fragment) {
        fragments.computeIfAbsent(asset.versionId(), id -> new ArrayList<>()).add(fragment);
        return this;
    }

    PromptRequest build() {
        return new PromptRequest(talents, environment, lighting, props, camera, style, shot, brand, provider, fragments);
    }

    PromptResult assemble() {
        return new PromptAssembler().assemble(build());
    }
}
