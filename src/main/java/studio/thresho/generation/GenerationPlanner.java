package studio.thresho.generation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import studio.thresho.asset.AssetDetail;
import studio.thresho.asset.AssetVersionService;
import studio.thresho.asset.ConsistencyService;
import studio.thresho.asset.PromptFragmentService;
import studio.thresho.asset.category.CategoryKind;
import studio.thresho.base.UserFacingException;
import studio.thresho.brand.BrandProfileService;
import studio.thresho.brand.BrandProfileView;
import studio.thresho.prompt.BrandTokens;
import studio.thresho.prompt.EnvironmentPick;
import studio.thresho.prompt.PromptAssembler;
import studio.thresho.prompt.PromptRequest;
import studio.thresho.prompt.PromptResult;
import studio.thresho.prompt.ProviderProfile;
import studio.thresho.prompt.TalentPick;
import studio.thresho.provider.GenerationProvider;
import studio.thresho.provider.ProviderCapabilities;
import studio.thresho.provider.ProviderRefusedException;
import studio.thresho.provider.ProviderRegistry;
import studio.thresho.security.Role;

/**
 * The one place that turns picks, context, shot, brand and provider into a generation plan:
 * resolves each pick to its exact version, lets other features add to the plan
 * ({@link PlanContributor}), assembles the prompt, chooses the reference images and how each
 * reaches the provider, and resolves the seed. The Generate page previews with it, and
 * {@link GenerationService} plans again when a generation is submitted.
 */
@Service
@PreAuthorize("hasRole('" + Role.Names.EDITOR + "')")
public class GenerationPlanner {

    /** The most talents one generation or shot casts. */
    public static final int MAX_TALENTS = 10;
    public static final int MAX_PROPS = 20;

    private final ProviderRegistry providers;
    private final AssetVersionService versions;
    private final ConsistencyService consistency;
    private final BrandProfileService brands;
    private final PromptFragmentService fragments;
    private final PromptAssembler assembler;
    private final PlanReferences references;
    private final List<PlanContributor> contributors;

    GenerationPlanner(ProviderRegistry providers, AssetVersionService versions, ConsistencyService consistency, BrandProfileService brands,
                      PromptFragmentService fragments, PromptAssembler assembler, PlanReferences references, List<PlanContributor> contributors) {
        this.providers = providers;
        this.versions = versions;
        this.consistency = consistency;
        this.brands = brands;
        this.fragments = fragments;
        this.assembler = assembler;
        this.references = references;
        this.contributors = List.copyOf(contributors);
    }

    @Transactional(readOnly = true)
    public GenerationPlan plan(PlanRequest request) {
        return plan(request, lookups());
    }

    /**
     * Plans several requests that share what they read from the library (each asset version,
     * setting and brand read once). A refused request throws from {@link Batch#plan} and leaves the others.
     */
    public Batch batch() {
        return new Batch(lookups());
    }

    /** Plans of one batch; use it within one request or transaction only. */
    public final class Batch {

        private final PlanLookups lookups;

        private Batch(PlanLookups lookups) {
            this.lookups = lookups;
        }

        public GenerationPlan plan(PlanRequest request) {
            return GenerationPlanner.this.plan(request, lookups);
        }
    }

    private PlanLookups lookups() {
        return new PlanLookups(versions, consistency, brands, fragments);
    }

    private GenerationPlan plan(PlanRequest request, PlanLookups lookups) {
        GenerationProvider provider = providers.require(request.providerId());
        List<ResolvedPick> picks = resolve(request.picks(), lookups);
        List<AssetDetail> talents = assets(picks, Slot.TALENT);
        PlanDraft draft = new PlanDraft(request, talents);
        contributors.forEach(contributor -> contributor.contribute(draft));
        PromptResult assembled = assembler.assemble(promptRequest(request, picks, provider, draft, lookups));
        Map<String, Object> options = new LinkedHashMap<>(references.options(talents, request.extraReferences(), lookups));
        options.putAll(draft.options());
        List<String> notes = new ArrayList<>(draft.notes());
        modelStanding(provider).ifPresent(notes::add);
        Seed seed = seed(request.seed(), talents, provider, notes, lookups);
        List<AssetDetail> wardrobe = picks.stream().map(ResolvedPick::wardrobe).filter(java.util.Objects::nonNull).toList();
        List<SentReference> sent = references.references(assembled, request.extraReferences(), talents, wardrobe, provider, lookups);
        long asText = sent.stream().filter(reference -> reference.method() == SentReference.Method.TEXT).count();
        if (asText > 0) {
            notes.add(provider.displayName() + " takes " + provider.capabilities().maxReferences() + " reference image"
                    + (provider.capabilities().maxReferences() == 1 ? "" : "s") + ": " + asText + " more reach it through their descriptions only.");
        }
        String edited = request.editedPrompt() == null || request.editedPrompt().isBlank() ? null : request.editedPrompt().trim();
        return new GenerationPlan(provider.id(), provider.displayName(), assembled.sections(), assembled.prompt(),
                edited != null ? edited : assembled.prompt(), assembled.trimmed(), assembled.negativePrompt(), sent, options, seed.value(),
                seed.source(), used(picks), draft.additions(), notes,
                request.aspectRatio() != null ? request.aspectRatio() : provider.capabilities().aspectRatios().getFirst(), request.images(),
                request.brandProfileId(), request.shotId());
    }

    /** A retired model is refused here, before any request; a legacy one is a note on the plan. */
    private static Optional<String> modelStanding(GenerationProvider provider) {
        try {
            return provider.modelStanding();
        } catch (ProviderRefusedException retired) {
            throw new UserFacingException(retired.getMessage());
        }
    }

    private List<ResolvedPick> resolve(List<PlanPick> picks, PlanLookups lookups) {
        Map<Slot, Integer> counts = new LinkedHashMap<>();
        List<ResolvedPick> resolved = new ArrayList<>();
        for (PlanPick pick : picks) {
            int count = counts.merge(pick.slot(), 1, Integer::sum);
            int limit = pick.slot() == Slot.TALENT ? MAX_TALENTS : pick.slot() == Slot.PROPS ? MAX_PROPS : 1;
            if (count > limit) {
                throw new UserFacingException(limit == 1 ? "A generation takes one " + pick.slot().label().toLowerCase(Locale.ROOT) + "."
                        : "A generation takes at most " + limit + " " + pick.slot().label().toLowerCase(Locale.ROOT) + " picks.");
            }
            AssetDetail asset = lookups.asset(pick.lineageId(), pick.pinnedVersionId());
            if (!asset.kind().name().toLowerCase(Locale.ROOT).equals(pick.slot().categorySlug())) {
                throw new UserFacingException(asset.name() + " is not " + pick.slot().label().toLowerCase(Locale.ROOT) + ".");
            }
            resolved.add(new ResolvedPick(pick, asset, pick.slot() == Slot.TALENT ? wardrobe(pick, lookups) : null));
        }
        return resolved;
    }

    /** The Wardrobe asset a talent's context names, at its active version; null when none is named. */
    private static AssetDetail wardrobe(PlanPick pick, PlanLookups lookups) {
        String named = pick.context().get(ResolvedPick.WARDROBE_ASSET);
        if (named == null || named.isBlank()) {
            return null;
        }
        UUID lineageId;
        try {
            lineageId = UUID.fromString(named.trim());
        } catch (IllegalArgumentException malformed) {
            throw new UserFacingException("That wardrobe asset does not exist: choose another.");
        }
        AssetDetail wardrobe = lookups.asset(lineageId, null);
        if (wardrobe.kind() != CategoryKind.WARDROBE) {
            throw new UserFacingException(wardrobe.name() + " is not wardrobe.");
        }
        return wardrobe;
    }

    private static PromptRequest promptRequest(PlanRequest request, List<ResolvedPick> picks, GenerationProvider provider, PlanDraft draft,
                                               PlanLookups lookups) {
        ProviderCapabilities capabilities = provider.capabilities();
        ProviderProfile profile = new ProviderProfile(provider.id(), capabilities.maxPromptLength(), capabilities.negativePrompt(),
                capabilities.maxReferences() > 0, capabilities.maxReferences());
        List<TalentPick> talents = picks.stream().filter(pick -> pick.slot() == Slot.TALENT)
                .map(pick -> new TalentPick(pick.asset(), pick.talentContext(), draft.triggerOf(pick.asset().lineageId()))).toList();
        EnvironmentPick environment = picks.stream().filter(pick -> pick.slot() == Slot.ENVIRONMENT).findFirst()
                .map(pick -> new EnvironmentPick(pick.asset(), pick.environmentContext())).orElse(null);
        return new PromptRequest(talents, environment, single(picks, Slot.LIGHTING), assets(picks, Slot.PROPS), single(picks, Slot.CAMERA),
                single(picks, Slot.STYLE), request.shot(), brand(request, lookups), profile,
                lookups.fragments(picks.stream().map(pick -> pick.asset().versionId()).toList()));
    }

    private static BrandTokens brand(PlanRequest request, PlanLookups lookups) {
        if (request.brandProfileId() == null) {
            return null;
        }
        BrandProfileView brand = lookups.brand(request.brandProfileId())
                .orElseThrow(() -> new UserFacingException("That brand profile no longer exists: choose another."));
        return new BrandTokens(brand.name(), brand.tokensText(), brand.styleDescriptors(), brand.negativeTerms());
    }

    private static Seed seed(SeedChoice choice, List<AssetDetail> talents, GenerationProvider provider, List<String> notes,
                             PlanLookups lookups) {
        Seed seed = chosenSeed(choice, talents, provider, notes, lookups);
        if (seed.value() != null && !provider.seedRange().contains(seed.value())) {
            throw new UserFacingException(provider.displayName() + " takes seeds " + provider.seedRange().describe() + "; "
                    + seed.value() + " (" + seed.source() + ") is outside. Choose another seed or a random one.");
        }
        return seed;
    }

    private static Seed chosenSeed(SeedChoice choice, List<AssetDetail> talents, GenerationProvider provider, List<String> notes,
                                   PlanLookups lookups) {
        return switch (choice.mode()) {
            case FIXED -> new Seed(choice.value(), "fixed");
            case RANDOM -> new Seed(null, "random");
            case SAVED -> {
                Optional<Long> kept = talents.isEmpty() ? Optional.empty() : lookups.savedSeed(talents.getFirst().lineageId(), provider.id());
                if (kept.isEmpty()) {
                    notes.add(talents.isEmpty() ? "No talent picked: the seed is random."
                            : talents.getFirst().name() + " has no seed kept for " + provider.displayName() + ": the seed is random.");
                    yield new Seed(null, "random");
                }
                yield new Seed(kept.get(), talents.getFirst().name() + "'s kept seed");
            }
        };
    }

    /** Every asset version the generation uses: the picks, then the wardrobe the talents wear (each version once). */
    private static List<UsedAsset> used(List<ResolvedPick> picks) {
        List<UsedAsset> used = new ArrayList<>(picks.stream().map(ResolvedPick::used).toList());
        picks.stream().flatMap(pick -> pick.usedWardrobe().stream())
                .filter(worn -> used.stream().noneMatch(other -> other.versionId().equals(worn.versionId()))).forEach(used::add);
        return used;
    }

    private static AssetDetail single(List<ResolvedPick> picks, Slot slot) {
        return picks.stream().filter(pick -> pick.slot() == slot).findFirst().map(ResolvedPick::asset).orElse(null);
    }

    private static List<AssetDetail> assets(List<ResolvedPick> picks, Slot slot) {
        return picks.stream().filter(pick -> pick.slot() == slot).map(ResolvedPick::asset).toList();
    }

    private record Seed(Long value, String source) {
    }
}
