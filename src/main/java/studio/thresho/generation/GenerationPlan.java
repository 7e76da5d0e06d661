package studio.thresho.generation;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import studio.thresho.prompt.PromptSection;

/**
 * A generation as the server plans it from a {@link PlanRequest}: the prompt (assembled, and what
 * is sent), the reference images and how each reaches the provider, options and seed, and the exact
 * asset versions used.
 *
 * @param prompt      what is sent: the user's edit, else the assembled prompt
 * @param trimmed     what the length budget left out of the assembly
 * @param seed        null for a random seed, chosen when the generation is submitted
 * @param seedSource  where the seed comes from, for the preview ("random", "fixed", "Marcus's kept seed")
 * @param additions   what other features added (a talent's LoRA), each switchable off
 * @param notes       lines for the preview (a missing kept seed, a reference sent as text)
 */
public record GenerationPlan(String providerId, String providerName, List<PromptSection> sections, String assembledPrompt, String prompt,
                             List<String> trimmed, String negativePrompt, List<SentReference> references, Map<String, Object> options,
                             Long seed, String seedSource, List<UsedAsset> assets, List<PlanAddition> additions, List<String> notes,
                             String aspectRatio, int images, UUID brandProfileId, UUID shotId) {

    public GenerationPlan {
        sections = List.copyOf(sections);
        trimmed = List.copyOf(trimmed);
        references = List.copyOf(references);
        options = Map.copyOf(options);
        assets = List.copyOf(assets);
        additions = List.copyOf(additions);
        notes = List.copyOf(notes);
    }

    public boolean promptEdited() {
        return !prompt.equals(assembledPrompt);
    }

    public List<SentReference> referencesSentAs(SentReference.Method method) {
        return references.stream().filter(reference -> reference.method() == method).toList();
    }
}
