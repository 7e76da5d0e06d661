package studio.thresho.generation;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import studio.thresho.asset.AssetDetail;
import studio.thresho.asset.AssetDraft;
import studio.thresho.asset.AssetService;
import studio.thresho.media.TestImages;
import studio.thresho.provider.replicate.ReplicateProvider;
import studio.thresho.provider.settings.ProviderSettingsService;
import studio.thresho.provider.settings.ProviderSetup;
import studio.thresho.security.TestLogins;
import studio.thresho.testsupport.Await;
import studio.thresho.testsupport.IntegrationTest;
import studio.thresho.testsupport.Workspace;

/**
 * Replicate models that are not official run end to end through the job: a community model by
 * its latest version and a trained LoRA by its pinned version, both through {@code POST /predictions}
 * (the official-model endpoint would answer 404 for them), against a stub of the 2026-12-01 contract.
 */
@IntegrationTest
class ReplicateVersionsEndToEndTest {

    static final byte[] IMAGE = TestImages.png(64, 48, 17);
    static final String SDXL_VERSION = "7762fd07cf82c948538e41f63f77d685e02b063e37e496e96eefd46c929f9bdc";
    static final String LORA_VERSION = "a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90";

    @Autowired
    GenerationService generations;
    @Autowired
    GenerationPlanner planner;
    @Autowired
    ProviderSettingsService settings;
    @Autowired
    AssetService assets;
    @Autowired
    Workspace workspace;
    @Autowired
    TestLogins logins;

    private WireMockServer stub;
    private AssetDetail marcus;

    @BeforeEach
    void marcus() {
        stub = new WireMockServer(options().dynamicPort());
        stub.start();
        workspace.editorInNewProject("Replicate versions");
        marcus = assets.save(AssetDraft.create(workspace.category("talent"), "Marcus", Map.of("physical_description", "Black male, mid-30s")));
        String prediction = "{\"id\":\"rp-v\",\"input\":{},\"urls\":{\"get\":\"" + stub.baseUrl() + "/v1/predictions/rp-v\"},";
        stub.stubFor(post("/v1/predictions").willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                .withBody(prediction + "\"status\":\"starting\"}")));
        stub.stubFor(post(com.github.tomakehurst.wiremock.client.WireMock.urlMatching("/v1/models/.*/predictions"))
                .willReturn(aResponse().withStatus(404).withBody("{\"detail\":\"The requested resource could not be found.\",\"status\":404}")));
        stub.stubFor(get("/v1/predictions/rp-v").willReturn(okJson(prediction + "\"status\":\"succeeded\",\"output\":[\""
                + stub.baseUrl() + "/files/rp-v.png\"],\"error\":null,\"logs\":\"\"}")));
        stub.stubFor(get("/files/rp-v.png").willReturn(aResponse().withHeader("Content-Type", "image/png").withBody(IMAGE)));
    }

    @AfterEach
    void switchOff() {
        logins.loginAs(TestLogins.ADMIN);
        settings.setCredential(ReplicateProvider.ID, "");
        ProviderSetup current = setup();
        settings.save(new ProviderSetup(ReplicateProvider.ID, current.name(), false, null, null, "", current.concurrencyLimit(), false,
                current.defaults(), current.lockVersion()));
        stub.stop();
        TestLogins.logout();
    }

    private ProviderSetup setup() {
        return settings.all().stream().filter(candidate -> candidate.providerId().equals(ReplicateProvider.ID)).findFirst().orElseThrow();
    }

    private void runOn(String model, String parameters) {
        logins.loginAs(TestLogins.ADMIN);
        ProviderSetup current = setup();
        settings.save(new ProviderSetup(ReplicateProvider.ID, current.name(), true, stub.baseUrl() + "/v1", model, parameters,
                current.concurrencyLimit(), false, current.defaults(), current.lockVersion()), "r8-versions");
        logins.loginAs(TestLogins.EDITOR);
    }

    private PlanRequest marcusAlone() {
        return PlanRequest.of(ReplicateProvider.ID, List.of(new PlanPick(Slot.TALENT, marcus.lineageId(), null, Map.of())));
    }

    private GenerationView generate() {
        UUID id = generations.submit(marcusAlone()).id();
        return Await.until(() -> generations.get(id), view -> view.status().finished(), Duration.ofSeconds(60));
    }

    @Test
    void aCommunityModelRunsByItsLatestVersion() {
        stub.stubFor(get("/v1/models/stability-ai/sdxl").willReturn(okJson("{\"owner\":\"stability-ai\",\"name\":\"sdxl\","
                + "\"latest_version\":{\"id\":\"" + SDXL_VERSION + "\",\"openapi_schema\":{}}}")));
        runOn("stability-ai/sdxl", "{\"models\": {\"stability-ai/sdxl\": {\"prompt\": \"{{prompt}}\", \"width\": \"{{width}}\","
                + " \"height\": \"{{height}}\"}}}");

        GenerationView done = generate();

        assertThat(done.status()).as(done.error()).isEqualTo(GenerationStatus.SUCCEEDED);
        assertThat(done.results()).hasSize(1);
        stub.verify(1, getRequestedFor(urlEqualTo("/v1/models/stability-ai/sdxl")));
        stub.verify(1, postRequestedFor(urlEqualTo("/v1/predictions")).withHeader("Authorization", equalTo("Bearer r8-versions"))
                .withRequestBody(matchingJsonPath("$.version", equalTo(SDXL_VERSION)))
                .withRequestBody(matchingJsonPath("$.input.prompt", com.github.tomakehurst.wiremock.client.WireMock.containing("Marcus"))));
    }

    @Test
    void aPinnedLoraVersionRunsWithoutALookup() {
        runOn("thresho/marcus-lora:" + LORA_VERSION, "{\"models\": {\"thresho/marcus-lora\": {\"prompt\": \"TOK, {{prompt}}\","
                + " \"seed\": \"{{seed}}\"}}}");

        GenerationView done = generate();

        assertThat(done.status()).as(done.error()).isEqualTo(GenerationStatus.SUCCEEDED);
        stub.verify(0, getRequestedFor(urlEqualTo("/v1/models/thresho/marcus-lora")));
        stub.verify(1, postRequestedFor(urlEqualTo("/v1/predictions"))
                .withRequestBody(matchingJsonPath("$.version", equalTo(LORA_VERSION)))
                .withRequestBody(matchingJsonPath("$.input.prompt", com.github.tomakehurst.wiremock.client.WireMock.matching("TOK, .*Marcus.*"))));
    }

    @Test
    void thePlanOnFluxDevSaysTheReferenceIsAStartImage() {
        runOn("black-forest-labs/flux-dev", "");

        GenerationPlan plan = planner.plan(marcusAlone());

        assertThat(plan.notes()).anySatisfy(note -> assertThat(note).contains("uses the reference image as an img2img start image")
                .contains("it is not a character reference"));
    }
}
