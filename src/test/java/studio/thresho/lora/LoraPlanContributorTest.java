package studio.thresho.lora;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import studio.thresho.asset.AssetDetail;
import studio.thresho.asset.AssetDraft;
import studio.thresho.asset.AssetService;
import studio.thresho.generation.GenerationPlan;
import studio.thresho.generation.GenerationPlanner;
import studio.thresho.generation.PlanPick;
import studio.thresho.generation.PlanRequest;
import studio.thresho.generation.SeedChoice;
import studio.thresho.generation.Slot;
import studio.thresho.media.ShareLinkService;
import org.springframework.test.util.AopTestUtils;
import org.springframework.test.util.ReflectionTestUtils;
import studio.thresho.provider.EngineLora;
import studio.thresho.provider.comfyui.ComfyUiProvider;
import studio.thresho.provider.settings.ProviderSettingsService;
import studio.thresho.provider.settings.ProviderSetup;
import studio.thresho.provider.storyboard.StoryboardProvider;
import studio.thresho.security.TestLogins;
import studio.thresho.testsupport.IntegrationTest;
import studio.thresho.testsupport.Workspace;

@IntegrationTest
class LoraPlanContributorTest {

    @Autowired
    GenerationPlanner planner;
    @Autowired
    AssetService assets;
    @Autowired
    LoraModelStore store;
    @Autowired
    Workspace workspace;
    @Autowired
    ProviderSettingsService settings;
    @Autowired
    TestLogins logins;
    @Autowired
    ShareLinkService shares;

    private AssetDetail marcus;

    @BeforeEach
    void marcusWithAComfyUiLora() {
        workspace.editorInNewProject("LoRA plans");
        marcus = assets.save(AssetDraft.create(workspace.category("talent"), "Marcus", Map.of("physical_description", "Black male, mid-30s")));
        store.insert(marcus.lineageId(), marcus.versionId(), LoraKind.ENGINE, ComfyUiProvider.ID, "marcus-v2.safetensors", null, null,
                new LoraSettings("marcus-v2", "mrcsx", new BigDecimal("0.80"), "sdxl", marcus.version()), null);
        enable(ComfyUiProvider.ID, true);
    }

    @AfterEach
    void switchOff() {
        enable(ComfyUiProvider.ID, false);
        TestLogins.logout();
    }

    private void enable(String providerId, boolean on) {
        logins.loginAs(TestLogins.ADMIN);
        ProviderSetup current = settings.all().stream().filter(setup -> setup.providerId().equals(providerId)).findFirst().orElseThrow();
        settings.save(new ProviderSetup(providerId, current.name(), on, on ? "http://127.0.0.1:9" : null, null, "", current.concurrencyLimit(),
                false, current.defaults(), current.lockVersion()));
        logins.loginAs(TestLogins.EDITOR);
    }

    private PlanRequest request(String providerId) {
        return PlanRequest.of(providerId, List.of(PlanPick.of(Slot.TALENT, marcus.lineageId())));
    }

    @Test
    void theTalentsLoraIsInThePlanWithItsTriggerWordAndCanBeSwitchedOff() {
        GenerationPlan on = planner.plan(request(ComfyUiProvider.ID));
        assertThat(on.additions()).singleElement().satisfies(addition -> {
            assertThat(addition.label()).isEqualTo("LoRA marcus-v2 (0.8)");
            assertThat(addition.on()).isTrue();
        });
        assertThat(on.prompt()).contains("Marcus (mrcsx)");
        assertThat(EngineLora.of(on.options())).containsExactly(new EngineLora("marcus-v2.safetensors", new BigDecimal("0.8")));

        PlanRequest request = request(ComfyUiProvider.ID);
        GenerationPlan off = planner.plan(new PlanRequest(ComfyUiProvider.ID, request.picks(), null, null, null, 1, SeedChoice.RANDOM, null,
                null, Set.of(on.additions().getFirst().id())));
        assertThat(off.additions()).singleElement().satisfies(addition -> assertThat(addition.on()).isFalse());
        assertThat(off.prompt()).doesNotContain("mrcsx");
        assertThat(off.options()).doesNotContainKey(EngineLora.OPTION);
    }

    @Test
    void onReplicateATrainedVersionRunsInsteadOfTheModel() {
        String version = "studio/marcus-flux:" + "a1b2c3d4".repeat(8);
        store.insert(marcus.lineageId(), marcus.versionId(), LoraKind.REPLICATE, "replicate", version, null, null,
                new LoraSettings("marcus-flux", "mrcsx", new BigDecimal("0.9"), "flux-dev", marcus.version()), null);

        GenerationPlan plan = planner.plan(request("replicate"));

        assertThat(plan.additions()).extracting(addition -> addition.label()).containsExactly("LoRA marcus-flux (0.9)");
        assertThat(plan.options()).containsEntry(EngineLora.TRAINED_VERSION, version);
        assertThat(EngineLora.of(plan.options())).containsExactly(new EngineLora(version, new BigDecimal("0.9")));
    }

    @Test
    void anUploadedFileGoesToReplicateThroughAPublicLinkOnlyWhenTheServerHasAPublicAddress() {
        String file = "cd".repeat(32);
        store.insert(marcus.lineageId(), marcus.versionId(), LoraKind.UPLOAD, null, "marcus-v3.safetensors", file, 1234L,
                new LoraSettings("marcus-v3", "mrcsx", new BigDecimal("0.7"), "flux-dev", marcus.version()), null);

        GenerationPlan withAddress = planner.plan(request("replicate"));
        assertThat(withAddress.additions()).extracting(addition -> addition.label()).containsExactly("LoRA marcus-v3 (0.7)");
        assertThat(EngineLora.of(withAddress.options())).containsExactly(new EngineLora("marcus-v3.safetensors", new BigDecimal("0.7"), file));

        Object target = AopTestUtils.getTargetObject(shares);
        Object address = ReflectionTestUtils.getField(target, "publicBaseUrl");
        ReflectionTestUtils.setField(target, "publicBaseUrl", "");
        try {
            GenerationPlan withoutAddress = planner.plan(request("replicate"));
            assertThat(withoutAddress.options()).doesNotContainKey(EngineLora.OPTION);
            assertThat(withoutAddress.notes()).contains("Marcus's LoRA is not used: Replicate downloads an uploaded file through a public link: "
                    + "set PUBLIC_BASE_URL to this server's public address.");
        } finally {
            ReflectionTestUtils.setField(target, "publicBaseUrl", address);
        }
        assertThat(planner.plan(request(ComfyUiProvider.ID)).additions()).extracting(addition -> addition.label())
                .containsExactly("LoRA marcus-v2 (0.8)");
    }

    @Test
    void anotherEngineGetsNoLoraButANote() {
        GenerationPlan storyboard = planner.plan(request(StoryboardProvider.ID));
        assertThat(storyboard.additions()).isEmpty();
        assertThat(storyboard.options()).doesNotContainKey(EngineLora.OPTION);
        assertThat(storyboard.notes()).contains("Marcus's LoRA is not used: it is installed on comfyui, not on storyboard.");
    }
}
