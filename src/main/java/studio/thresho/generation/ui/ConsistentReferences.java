package studio.thresho.generation.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import studio.thresho.asset.ConsistencySettings;
import studio.thresho.asset.ConsistencyService;
import studio.thresho.prompt.ReferenceImage;
import studio.thresho.prompt.ReferenceRole;
import studio.thresho.provider.ProviderReference;
import studio.thresho.provider.midjourney.MidjourneyProvider;

/**
 * Applies each talent's consistency settings to a generation: the image chosen as its character
 * reference, its style reference, and (from the first talent) Midjourney's weights.
 */
final class ConsistentReferences {

    private ConsistentReferences() {
    }

    static List<ProviderReference> references(List<ReferenceImage> assembled, List<Pick> talents, ConsistencyService consistency) {
        List<ProviderReference> references = new ArrayList<>();
        boolean style = assembled.stream().anyMatch(reference -> reference.role() == ReferenceRole.STYLE);
        for (ReferenceImage reference : assembled) {
            String key = reference.mediaKey();
            if (reference.role() == ReferenceRole.CHARACTER) {
                Pick talent = talents.stream().filter(pick -> pick.asset().lineageId().equals(reference.lineageId())).findFirst().orElse(null);
                if (talent != null) {
                    key = consistency.get(talent.asset().lineageId()).characterImage(talent.asset()).orElse(key);
                }
            }
            references.add(new ProviderReference(key, reference.role().name().toLowerCase(Locale.ROOT), reference.assetName()));
        }
        if (!style) {
            for (Pick talent : talents) {
                String styleKey = consistency.get(talent.asset().lineageId()).styleReference();
                if (styleKey != null) {
                    references.add(new ProviderReference(styleKey, "style", talent.asset().name()));
                    break;
                }
            }
        }
        return references;
    }

    static Map<String, Object> options(List<Pick> talents, ConsistencyService consistency) {
        Map<String, Object> options = new LinkedHashMap<>();
        if (!talents.isEmpty()) {
            ConsistencySettings settings = consistency.get(talents.getFirst().asset().lineageId());
            if (settings.midjourneyCharacterWeight() != null) {
                options.put(MidjourneyProvider.CHARACTER_WEIGHT, settings.midjourneyCharacterWeight());
            }
            if (settings.midjourneyStyleWeight() != null) {
                options.put(MidjourneyProvider.STYLE_WEIGHT, settings.midjourneyStyleWeight());
            }
        }
        return options;
    }
}
