package studio.thresho.prompt;

import studio.thresho.asset.PromptFragment;
import studio.thresho.asset.FragmentType;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import studio.thresho.asset.AssetDetail;

/** The prompt fragments of the selected asset versions, as the request's provider sees them. */
final class Fragments {

    private final Map<UUID, List<PromptFragment>> byVersionId;
    private final String providerId;

    Fragments(Map<UUID, List<PromptFragment>> byVersionId, String providerId) {
        this.byVersionId = byVersionId;
        this.providerId = providerId;
    }

    /** The asset's fragment of that type: the one written for this provider, else the universal one. */
    Optional<String> of(AssetDetail asset, FragmentType type) {
        List<PromptFragment> fragments = byVersionId.getOrDefault(asset.versionId(), List.of()).stream()
                .filter(Objects::nonNull)
                .filter(fragment -> fragment.type() == type && Text.clean(fragment.text()) != null)
                .toList();
        return fragments.stream().filter(fragment -> providerId.equalsIgnoreCase(fragment.providerId())).findFirst()
                .or(() -> fragments.stream().filter(PromptFragment::universal).findFirst())
                .map(fragment -> Text.embedded(fragment.text()));
    }

    /** The asset's BASE fragment if it has one, else its own descriptive text. */
    String base(AssetDetail asset, String ownText) {
        return of(asset, FragmentType.BASE).orElse(ownText);
    }

    /** The fragments of that type of all the assets, in the order given. */
    List<String> allOf(List<AssetDetail> assets, FragmentType type) {
        return assets.stream().map(asset -> of(asset, type)).flatMap(Optional::stream).toList();
    }
}
