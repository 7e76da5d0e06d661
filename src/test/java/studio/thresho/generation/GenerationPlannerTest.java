package studio.thresho.generation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import studio.thresho.asset.AssetDetail;
import studio.thresho.asset.AssetDraft;
import studio.thresho.asset.AssetService;
import studio.thresho.asset.ConsistencyService;
import studio.thresho.asset.ConsistencySettings;
import studio.thresho.asset.FragmentType;
import studio.thresho.asset.PromptFragment;
import studio.thresho.asset.ImageSet;
import studio.thresho.asset.ImageType;
import studio.thresho.asset.VersionRequest;
import studio.thresho.media.MediaService;
import studio.thresho.media.TestImages;
import studio.thresho.prompt.SectionKind;
import studio.thresho.prompt.ShotSpec;
import studio.thresho.provider.ProviderOptions;
import studio.thresho.provider.midjourney.MidjourneyProvider;
import studio.thresho.provider.storyboard.StoryboardProvider;
import studio.thresho.security.TestLogins;
import studio.thresho.testsupport.Await;
import studio.thresho.testsupport.IntegrationTest;
import studio.thresho.testsupport.ScriptedProvider;
import studio.thresho.testsupport.TriggerWordContributor;
import studio.thresho.testsupport.Workspace;

/** The planner: picks at exact versions, reference strategies, seeds, contributions, and a submit that plans again. */
@IntegrationTest
class GenerationPlannerTest {

    @Autowired
    GenerationPlanner planner;
    @Autowired
    GenerationService generations;
    @Autowired
    AssetService assets;
    @Autowired
    ConsistencyService consistency;
    @Autowired
    MediaService media;
    @Autowired
    Workspace workspace;

    private AssetDetail marcus;
    private AssetDetail sofia;
    private AssetDetail shop;

    @BeforeEach
    void cast() {
        workspace.editorInNewProject("Planner");
        marcus = withImage("talent", "Marcus", Map.of("physical_description", "Black male barber in his mid-30s"), ImageType.HEADSHOT, 901);
        sofia = withImage("talent", "Sofia", Map.of("physical_description", "Latina stylist"), ImageType.HEADSHOT, 902);
        shop = withImage("environment", "Downtown Shop", Map.of("description", "a modern barbershop"), ImageType.REFERENCE, 903);
    }

    @AfterEach
    void signOut() {
        TestLogins.logout();
    }

    private AssetDetail withImage(String category, String name, Map<String, Object> values, ImageType type, long seed) {
        String key = media.ingest(name + ".png", TestImages.png(80, 80, seed)).key();
        return assets.save(AssetDraft.create(workspace.category(category), name, values), ImageSet.empty().add(key, type, null, null).images(),
                VersionRequest.proposed());
    }

    private static String headshot(AssetDetail talent) {
        return talent.imagesOf(ImageType.HEADSHOT).getFirst().mediaKey();
    }

    @Test
    void referencesWithinTheProvidersCountGoAsImagesAndTheRestAsTheirDescriptions() {
        GenerationPlan plan = planner.plan(PlanRequest.of(ScriptedProvider.ID, List.of(PlanPick.of(Slot.TALENT, marcus.lineageId()),
                PlanPick.of(Slot.TALENT, sofia.lineageId()), PlanPick.of(Slot.ENVIRONMENT, shop.lineageId()))));

        assertThat(plan.references()).extracting(SentReference::assetName, SentReference::role, SentReference::method).containsExactly(
                tuple("Marcus", "character", SentReference.Method.IMAGE), tuple("Sofia", "character", SentReference.Method.IMAGE),
                tuple("Downtown Shop", "environment", SentReference.Method.TEXT));
        assertThat(plan.notes()).anySatisfy(note -> assertThat(note).contains("takes 2 reference images", "1 more"));
        assertThat(plan.prompt()).contains("Marcus", "Sofia", "Downtown Shop");
        assertThat(plan.assets()).extracting(UsedAsset::versionId).containsExactly(marcus.versionId(), sofia.versionId(), shop.versionId());
    }

    @Test
    void midjourneyGetsItsReferencesAsPublicLinks() {
        GenerationPlan plan = planner.plan(PlanRequest.of(MidjourneyProvider.ID, List.of(PlanPick.of(Slot.TALENT, marcus.lineageId()),
                PlanPick.of(Slot.ENVIRONMENT, shop.lineageId()))));

        assertThat(plan.references()).extracting(SentReference::method).containsOnly(SentReference.Method.LINK);
        assertThat(plan.references()).extracting(SentReference::mediaKey).first().isEqualTo(headshot(marcus));
    }

    @Test
    void aTalentsConsistencySettingsChooseItsImagesAndWeights() {
        String look = media.ingest("look.png", TestImages.png(60, 60, 904)).key();
        consistency.save(marcus.lineageId(), new ConsistencySettings(Map.of(), 250, 80, ConsistencySettings.HEADSHOT, look));

        GenerationPlan plan = planner.plan(PlanRequest.of(StoryboardProvider.ID, List.of(PlanPick.of(Slot.TALENT, marcus.lineageId()),
                PlanPick.of(Slot.ENVIRONMENT, shop.lineageId()))));

        assertThat(plan.references()).extracting(SentReference::mediaKey, SentReference::role)
                .containsExactly(tuple(headshot(marcus), "character"), tuple(look, "style"), tuple(shop.images().getFirst().mediaKey(), "environment"));
        assertThat(plan.options()).containsEntry(ProviderOptions.CHARACTER_WEIGHT, 250).containsEntry(ProviderOptions.STYLE_WEIGHT, 80);
    }

    @Test
    void theSeedIsResolvedOnTheServer() {
        PlanRequest saved = PlanRequest.of(ScriptedProvider.ID, List.of(PlanPick.of(Slot.TALENT, marcus.lineageId()))).withSeed(SeedChoice.SAVED);
        GenerationPlan none = planner.plan(saved);
        assertThat(none.seed()).isNull();
        assertThat(none.notes()).contains("Marcus has no seed kept for Scripted (tests): the seed is random.");

        consistency.saveSeed(marcus.lineageId(), ScriptedProvider.ID, 4242L);
        GenerationPlan kept = planner.plan(saved);
        assertThat(kept.seed()).isEqualTo(4242L);
        assertThat(kept.seedSource()).isEqualTo("Marcus's kept seed");
        assertThat(planner.plan(saved.withSeed(SeedChoice.fixed(7))).seed()).isEqualTo(7L);
    }

    @Test
    void aPinnedVersionIsUsedAndOtherwiseTheActiveOne() {
        AssetDetail first = marcus;
        AssetDetail second = assets.save(new AssetDraft(marcus.lineageId(), marcus.lockVersion(), marcus.categoryId(), "Marcus", null, false,
                marcus.source(), marcus.tags(), Map.of("physical_description", "Black male barber with a gold chain")), null, VersionRequest.proposed());

        GenerationPlan active = planner.plan(PlanRequest.of(ScriptedProvider.ID, List.of(PlanPick.of(Slot.TALENT, marcus.lineageId()))));
        GenerationPlan pinned = planner.plan(PlanRequest.of(ScriptedProvider.ID,
                List.of(new PlanPick(Slot.TALENT, marcus.lineageId(), first.versionId(), Map.of()))));

        assertThat(active.assets()).extracting(UsedAsset::versionId).containsExactly(second.versionId());
        assertThat(active.prompt()).contains("gold chain");
        assertThat(pinned.assets()).extracting(UsedAsset::version).containsExactly("1.0.0");
        assertThat(pinned.prompt()).doesNotContain("gold chain");
    }

    @Test
    void aSubmitPlansAgainSoAStalePreviewIsNeverStored() {
        PlanRequest request = PlanRequest.of(ScriptedProvider.ID, List.of(PlanPick.of(Slot.TALENT, marcus.lineageId())));
        GenerationPlan preview = planner.plan(request);
        AssetDetail changed = assets.save(new AssetDraft(marcus.lineageId(), marcus.lockVersion(), marcus.categoryId(), "Marcus", null, false,
                marcus.source(), marcus.tags(), Map.of("physical_description", "Black male barber with a shaved head")), null,
                VersionRequest.proposed());

        GenerationView stored = generations.submit(request);

        assertThat(preview.prompt()).doesNotContain("shaved head");
        assertThat(stored.prompt()).contains("shaved head");
        assertThat(stored.promptEdited()).isFalse();
        assertThat(stored.assets()).extracting(UsedAsset::versionId).containsExactly(changed.versionId());
        Await.until(() -> generations.get(stored.id()), view -> view.status().finished(), Duration.ofSeconds(30));
    }

    @Test
    void otherFeaturesAddToThePlanThroughContributorsAndTheUserCanSwitchThemOff() {
        AssetDetail trained = withImage("talent", TriggerWordContributor.PREFIX + "Elena", Map.of("physical_description", "a violinist"),
                ImageType.HEADSHOT, 905);
        PlanRequest request = PlanRequest.of(ScriptedProvider.ID, List.of(PlanPick.of(Slot.TALENT, trained.lineageId())));

        GenerationPlan on = planner.plan(request);
        assertThat(on.prompt()).contains(TriggerWordContributor.PREFIX + "Elena (ohwx)");
        assertThat(on.options()).containsEntry("lora_weight", 0.8);
        assertThat(on.additions()).singleElement().satisfies(addition -> {
            assertThat(addition.label()).startsWith("LoRA ");
            assertThat(addition.on()).isTrue();
        });

        GenerationPlan off = planner.plan(new PlanRequest(ScriptedProvider.ID, request.picks(), null, null, null, 1, SeedChoice.RANDOM, null, null,
                Set.of("lora:" + trained.lineageId())));
        assertThat(off.prompt()).doesNotContain("ohwx");
        assertThat(off.options()).doesNotContainKey("lora_weight");
        assertThat(off.additions()).singleElement().satisfies(addition -> assertThat(addition.on()).isFalse());
    }

    @Test
    void anAssetsPromptFragmentForTheProviderReplacesItsDescription() {
        AssetDetail edited = assets.save(AssetDraft.of(marcus).withFragments(List.of(
                new PromptFragment(ScriptedProvider.ID, FragmentType.BASE, "TOK man, a barber with a fade"),
                new PromptFragment(null, FragmentType.STYLE, "grainy 35mm film"))), null, VersionRequest.proposed());

        GenerationPlan scripted = planner.plan(PlanRequest.of(ScriptedProvider.ID, List.of(PlanPick.of(Slot.TALENT, marcus.lineageId()))));
        GenerationPlan storyboard = planner.plan(PlanRequest.of(StoryboardProvider.ID, List.of(PlanPick.of(Slot.TALENT, marcus.lineageId()))));

        assertThat(edited.version()).isEqualTo("1.0.1");
        assertThat(scripted.prompt()).isEqualTo("Marcus, TOK man, a barber with a fade. Grainy 35mm film.");
        assertThat(storyboard.prompt()).contains("mid-30s", "Grainy 35mm film").doesNotContain("TOK man");
    }

    @Test
    void theShotsSpecificationHasItsOwnSectionAfterTheSubject() {
        GenerationPlan plan = planner.plan(PlanRequest.of(StoryboardProvider.ID, List.of(PlanPick.of(Slot.TALENT, marcus.lineageId()),
                PlanPick.of(Slot.ENVIRONMENT, shop.lineageId()))).withShot(new ShotSpec("Medium", "low", "dolly", "35mm", 5,
                "Marcus finishes a fade"), UUID.randomUUID()));

        assertThat(plan.sections()).extracting(section -> section.kind()).containsSubsequence(SectionKind.SUBJECT, SectionKind.SHOT,
                SectionKind.SETTING);
        assertThat(plan.prompt()).startsWith("A medium shot of Marcus").contains("Low angle, dolly shot, 35mm lens.");
        assertThat(plan.shotId()).isNotNull();
    }
}
