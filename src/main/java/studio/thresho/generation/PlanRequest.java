package studio.thresho.generation;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import studio.thresho.prompt.ShotSpec;

/**
 * What a generation is planned from: the picks with their context, the shot (from a shot list),
 * the brand, the provider and its settings, and the user's own edit of the prompt if any. The
 * server plans it; nothing here is trusted as a prompt, a reference or a version.
 *
 * @param shot           null outside a shot list
 * @param brandProfileId null for no brand
 * @param editedPrompt   the user's edit of the assembled prompt; null or blank to send the assembly
 * @param shotId         the shot list's shot this generation is for, or null
 * @param switchedOff    ids of plan additions the user switched off for this generation (a talent's LoRA)
 * @param extraReferences images that are no asset yet but go with the generation first (the talent wizard's locked headshot)
 * @param wizardSessionId the talent wizard session the generation belongs to, or null
 */
public record PlanRequest(String providerId, List<PlanPick> picks, ShotSpec shot, UUID brandProfileId, String aspectRatio, int images,
                          SeedChoice seed, String editedPrompt, UUID shotId, Set<String> switchedOff, List<ExtraReference> extraReferences,
                          UUID wizardSessionId) {

    public PlanRequest {
        Objects.requireNonNull(providerId, "providerId");
        picks = picks == null ? List.of() : List.copyOf(picks);
        seed = seed == null ? SeedChoice.RANDOM : seed;
        switchedOff = switchedOff == null ? Set.of() : Set.copyOf(switchedOff);
        extraReferences = extraReferences == null ? List.of() : List.copyOf(extraReferences);
    }

    public PlanRequest(String providerId, List<PlanPick> picks, ShotSpec shot, UUID brandProfileId, String aspectRatio, int images,
                       SeedChoice seed, String editedPrompt, UUID shotId, Set<String> switchedOff) {
        this(providerId, picks, shot, brandProfileId, aspectRatio, images, seed, editedPrompt, shotId, switchedOff, List.of(), null);
    }

    /**
     * An image sent as a reference although it is no asset (yet).
     *
     * @param role  character, style, environment or prop
     * @param label what it shows, for labels and records
     */
    public record ExtraReference(String mediaKey, String role, String label) {
    }

    /** The same request for a talent wizard session, with images sent before the picks' own. */
    public PlanRequest forWizard(UUID session, List<ExtraReference> references) {
        return new PlanRequest(providerId, picks, shot, brandProfileId, aspectRatio, images, seed, editedPrompt, shotId, switchedOff,
                references, session);
    }

    /** A request with just the picks and a provider: one image, the provider's default ratio, random seed, no brand. */
    public static PlanRequest of(String providerId, List<PlanPick> picks) {
        return new PlanRequest(providerId, picks, null, null, null, 1, SeedChoice.RANDOM, null, null, Set.of());
    }

    public PlanRequest withEditedPrompt(String prompt) {
        return new PlanRequest(providerId, picks, shot, brandProfileId, aspectRatio, images, seed, prompt, shotId, switchedOff, extraReferences, wizardSessionId);
    }

    public PlanRequest withSeed(SeedChoice choice) {
        return new PlanRequest(providerId, picks, shot, brandProfileId, aspectRatio, images, choice, editedPrompt, shotId, switchedOff, extraReferences, wizardSessionId);
    }

    public PlanRequest withImages(String ratio, int count) {
        return new PlanRequest(providerId, picks, shot, brandProfileId, ratio, count, seed, editedPrompt, shotId, switchedOff, extraReferences, wizardSessionId);
    }

    public PlanRequest withBrand(UUID brand) {
        return new PlanRequest(providerId, picks, shot, brand, aspectRatio, images, seed, editedPrompt, shotId, switchedOff, extraReferences, wizardSessionId);
    }

    public PlanRequest withShot(ShotSpec spec, UUID shot) {
        return new PlanRequest(providerId, picks, spec, brandProfileId, aspectRatio, images, seed, editedPrompt, shot, switchedOff, extraReferences, wizardSessionId);
    }
}
