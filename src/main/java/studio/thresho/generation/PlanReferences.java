package studio.thresho.generation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import studio.thresho.asset.AssetDetail;
import studio.thresho.asset.ConsistencySettings;
import studio.thresho.prompt.PromptResult;
import studio.thresho.prompt.ReferenceImage;
import studio.thresho.prompt.ReferenceRole;
import studio.thresho.provider.GenerationProvider;
import studio.thresho.provider.ProviderOptions;

/**
 * The reference strategy of a plan: each talent's consistency settings choose its character image
 * and may add a style reference; within the provider's count references go as images (or as public
 * links for a provider that fetches them), beyond it as the assets' descriptions only.
 */
@Component
class PlanReferences {

    /**
     * @param extras   images that are no asset yet (the wizard's headshot): they rank first
     * @param wardrobe the Wardrobe assets the talents wear: their pictures rank last
     */
    List<SentReference> references(PromptResult assembled, List<PlanRequest.ExtraReference> extras, List<AssetDetail> talents,
                                   List<AssetDetail> wardrobe, GenerationProvider provider, PlanLookups lookups) {
        List<ReferenceImage> candidates = new ArrayList<>(assembled.references());
        candidates.addAll(assembled.textOnly());
        List<Candidate> ordered = new ArrayList<>();
        extras.forEach(extra -> ordered.add(new Candidate(extra.mediaKey(), extra.role(), extra.label())));
        for (ReferenceImage reference : candidates) {
            String key = reference.mediaKey();
            if (reference.role() == ReferenceRole.CHARACTER) {
                Optional<AssetDetail> talent = talents.stream().filter(asset -> asset.lineageId().equals(reference.lineageId())).findFirst();
                if (talent.isPresent()) {
                    key = lookups.consistency(talent.get().lineageId()).characterImage(talent.get()).orElse(key);
                }
            }
            ordered.add(new Candidate(key, reference.role().name().toLowerCase(Locale.ROOT), reference.assetName()));
        }
        if (candidates.stream().noneMatch(reference -> reference.role() == ReferenceRole.STYLE)) {
            talents.stream().map(talent -> new Candidate(lookups.consistency(talent.lineageId()).styleReference(), "style", talent.name()))
                    .filter(candidate -> candidate.mediaKey() != null).findFirst()
                    .ifPresent(style -> ordered.add(firstStyleIndex(ordered), style));
        }
        wardrobe.forEach(worn -> worn.primaryImage().ifPresent(image -> ordered.add(new Candidate(image.mediaKey(), "wardrobe", worn.name()))));
        return sent(ordered, provider);
    }

    /**
     * The first talent's Midjourney weights, for the provider that reads them; an image that is no
     * asset yet going as the character (the wizard's headshot) binds strongly unless a talent says otherwise.
     */
    Map<String, Object> options(List<AssetDetail> talents, List<PlanRequest.ExtraReference> extras, PlanLookups lookups) {
        Map<String, Object> options = new LinkedHashMap<>();
        if (extras.stream().anyMatch(extra -> "character".equals(extra.role()))) {
            options.put(ProviderOptions.CHARACTER_WEIGHT, ProviderOptions.STRONG_CHARACTER_WEIGHT);
        }
        if (!talents.isEmpty()) {
            ConsistencySettings settings = lookups.consistency(talents.getFirst().lineageId());
            if (settings.midjourneyCharacterWeight() != null) {
                options.put(ProviderOptions.CHARACTER_WEIGHT, settings.midjourneyCharacterWeight());
            }
            if (settings.midjourneyStyleWeight() != null) {
                options.put(ProviderOptions.STYLE_WEIGHT, settings.midjourneyStyleWeight());
            }
        }
        return options;
    }

    /** A talent's style reference ranks where a style asset's would: right after the faces. */
    private static int firstStyleIndex(List<Candidate> ordered) {
        int index = 0;
        while (index < ordered.size() && "character".equals(ordered.get(index).role())) {
            index++;
        }
        return index;
    }

    private static List<SentReference> sent(List<Candidate> ordered, GenerationProvider provider) {
        int count = provider.capabilities().maxReferences();
        SentReference.Method within = provider.referencesAsLinks() ? SentReference.Method.LINK : SentReference.Method.IMAGE;
        Set<String> seen = new HashSet<>();
        List<SentReference> sent = new ArrayList<>();
        for (Candidate candidate : ordered) {
            if (seen.add(candidate.mediaKey())) {
                sent.add(new SentReference(candidate.mediaKey(), candidate.role(), candidate.assetName(),
                        sent.size() < count ? within : SentReference.Method.TEXT));
            }
        }
        return sent;
    }

    private record Candidate(String mediaKey, String role, String assetName) {
    }
}
