package studio.thresho.generation;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.time.Duration;
import java.util.Base64;
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
import studio.thresho.provider.bfl.BflProvider;
import studio.thresho.provider.kling.KlingProvider;
import studio.thresho.provider.openai.OpenAiProvider;
import studio.thresho.provider.replicate.ReplicateProvider;
import studio.thresho.provider.runway.RunwayProvider;
import studio.thresho.provider.settings.ProviderSettingsService;
import studio.thresho.provider.settings.ProviderSetup;
import studio.thresho.security.TestLogins;
import studio.thresho.testsupport.Await;
import studio.thresho.testsupport.IntegrationTest;
import studio.thresho.testsupport.Workspace;

/**
 * With only the key entered, each provider that takes one runs on its current default model:
 * Marcus in Downtown Shop goes through Admin > Providers, the job and the stored result, against a
 * stub that speaks the provider's contract of 2026-12-01.
 */
@IntegrationTest
class KeyProvidersEndToEndTest {

    static final byte[] IMAGE = TestImages.png(64, 48, 11);

    @Autowired
    GenerationService generations;
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
    private AssetDetail shop;
    private String configured;

    @BeforeEach
    void marcusAndTheShop() {
        stub = new WireMockServer(options().dynamicPort());
        stub.start();
        workspace.editorInNewProject("Key providers");
        marcus = assets.save(AssetDraft.create(workspace.category("talent"), "Marcus", Map.of("physical_description", "Black male, mid-30s")));
        shop = assets.save(AssetDraft.create(workspace.category("environment"), "Downtown Shop", Map.of("description", "a modern barbershop")));
    }

    @AfterEach
    void switchOff() {
        if (configured != null) {
            logins.loginAs(TestLogins.ADMIN);
            settings.setCredential(configured, "");
            ProviderSetup current = setup(configured);
            settings.save(new ProviderSetup(configured, current.name(), false, null, null, "", current.concurrencyLimit(), false,
                    current.defaults(), current.lockVersion()));
        }
        stub.stop();
        TestLogins.logout();
    }

    private ProviderSetup setup(String providerId) {
        return settings.all().stream().filter(candidate -> candidate.providerId().equals(providerId)).findFirst().orElseThrow();
    }

    /** As an administrator would: enable, point at the stub, enter only the key. */
    private void onlyTheKey(String providerId, String baseUrl, String key) {
        configured = providerId;
        logins.loginAs(TestLogins.ADMIN);
        ProviderSetup current = setup(providerId);
        settings.save(new ProviderSetup(providerId, current.name(), true, baseUrl, null, "", current.concurrencyLimit(), false,
                current.defaults(), current.lockVersion()), key);
        logins.loginAs(TestLogins.EDITOR);
    }

    private GenerationView generate(String providerId) {
        PlanRequest request = PlanRequest.of(providerId, List.of(new PlanPick(Slot.TALENT, marcus.lineageId(), null, Map.of()),
                new PlanPick(Slot.ENVIRONMENT, shop.lineageId(), null, Map.of())));
        UUID id = generations.submit(request).id();
        return Await.until(() -> generations.get(id), view -> view.status().finished(), Duration.ofSeconds(60));
    }

    private static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    @Test
    void openAiDrawsMarcusInTheShopOnGptImage2() {
        stub.stubFor(post("/v1/images/generations").willReturn(okJson("{\"created\":1764547200,\"data\":[{\"b64_json\":\"" + base64(IMAGE)
                + "\"}],\"output_format\":\"png\",\"size\":\"1536x864\",\"quality\":\"auto\"}")));
        onlyTheKey(OpenAiProvider.ID, stub.baseUrl() + "/v1", "sk-e2e");

        GenerationView done = generate(OpenAiProvider.ID);

        assertThat(done.status()).as(done.error()).isEqualTo(GenerationStatus.SUCCEEDED);
        assertThat(done.results()).hasSize(1);
        stub.verify(1, postRequestedFor(urlEqualTo("/v1/images/generations"))
                .withRequestBody(matchingJsonPath("$.model", com.github.tomakehurst.wiremock.client.WireMock.equalTo("gpt-image-2")))
                .withRequestBody(matchingJsonPath("$.prompt", com.github.tomakehurst.wiremock.client.WireMock.containing("Downtown Shop"))));
    }

    @Test
    void blackForestLabsDrawsMarcusInTheShopOnFlux2Pro() {
        stub.stubFor(post("/v1/flux-2-pro").willReturn(okJson("{\"id\":\"t-1\",\"polling_url\":\"" + stub.baseUrl()
                + "/v1/get_result?id=t-1\",\"cost\":3,\"input_mp\":0,\"output_mp\":1.2}")));
        stub.stubFor(get(urlPathEqualTo("/v1/get_result")).willReturn(okJson("{\"id\":\"t-1\",\"status\":\"Ready\",\"result\":{\"sample\":\""
                + stub.baseUrl() + "/delivery/t-1.png\",\"seed\":77},\"progress\":1}")));
        stub.stubFor(get("/delivery/t-1.png").willReturn(aResponse().withHeader("Content-Type", "image/png").withBody(IMAGE)));
        onlyTheKey(BflProvider.ID, stub.baseUrl(), "bfl-e2e");

        GenerationView done = generate(BflProvider.ID);

        assertThat(done.status()).as(done.error()).isEqualTo(GenerationStatus.SUCCEEDED);
        assertThat(done.results()).hasSize(1);
        stub.verify(1, postRequestedFor(urlEqualTo("/v1/flux-2-pro"))
                .withRequestBody(matchingJsonPath("$.prompt", com.github.tomakehurst.wiremock.client.WireMock.containing("Marcus"))));
        stub.verify(getRequestedFor(urlEqualTo("/delivery/t-1.png")));
    }

    @Test
    void klingDrawsMarcusInTheShopOnKlingV3WithAnApiKey() {
        stub.stubFor(post("/v1/images/generations").willReturn(okJson("{\"code\":0,\"message\":\"SUCCEED\",\"request_id\":\"r\","
                + "\"data\":{\"task_id\":\"k-1\",\"task_status\":\"submitted\"}}")));
        stub.stubFor(get("/v1/images/generations/k-1").willReturn(okJson("{\"code\":0,\"message\":\"SUCCEED\",\"request_id\":\"r\","
                + "\"data\":{\"task_id\":\"k-1\",\"task_status\":\"succeed\",\"task_result\":{\"images\":[{\"index\":0,\"url\":\""
                + stub.baseUrl() + "/cdn/k-1.png\"}]}}}")));
        stub.stubFor(get("/cdn/k-1.png").willReturn(aResponse().withHeader("Content-Type", "image/png").withBody(IMAGE)));
        onlyTheKey(KlingProvider.ID, stub.baseUrl(), "kling-e2e-api-key");

        GenerationView done = generate(KlingProvider.ID);

        assertThat(done.status()).as(done.error()).isEqualTo(GenerationStatus.SUCCEEDED);
        assertThat(done.results()).hasSize(1);
        stub.verify(1, postRequestedFor(urlEqualTo("/v1/images/generations"))
                .withHeader("Authorization", com.github.tomakehurst.wiremock.client.WireMock.equalTo("Bearer kling-e2e-api-key"))
                .withRequestBody(matchingJsonPath("$.model_name", com.github.tomakehurst.wiremock.client.WireMock.equalTo("kling-v3"))));
    }

    @Test
    void runwayDrawsMarcusInTheShopOnGen4Image() {
        stub.stubFor(post("/v1/text_to_image").willReturn(okJson("{\"id\":\"rw-1\"}")));
        stub.stubFor(get("/v1/tasks/rw-1").willReturn(okJson("{\"id\":\"rw-1\",\"status\":\"SUCCEEDED\",\"output\":[\""
                + stub.baseUrl() + "/output/rw-1.png\"]}")));
        stub.stubFor(get("/output/rw-1.png").willReturn(aResponse().withHeader("Content-Type", "image/png").withBody(IMAGE)));
        onlyTheKey(RunwayProvider.ID, stub.baseUrl(), "runway-e2e");

        GenerationView done = generate(RunwayProvider.ID);

        assertThat(done.status()).as(done.error()).isEqualTo(GenerationStatus.SUCCEEDED);
        assertThat(done.results()).hasSize(1);
        stub.verify(1, postRequestedFor(urlEqualTo("/v1/text_to_image"))
                .withHeader("Authorization", com.github.tomakehurst.wiremock.client.WireMock.equalTo("Bearer runway-e2e"))
                .withHeader("X-Runway-Version", com.github.tomakehurst.wiremock.client.WireMock.equalTo("2024-11-06"))
                .withRequestBody(matchingJsonPath("$.model", com.github.tomakehurst.wiremock.client.WireMock.equalTo("gen4_image")))
                .withRequestBody(matchingJsonPath("$.promptText", com.github.tomakehurst.wiremock.client.WireMock.containing("Downtown Shop"))));
    }

    @Test
    void replicateDrawsMarcusInTheShopOnFluxSchnell() {
        String prediction = "{\"id\":\"rp-1\",\"model\":\"black-forest-labs/flux-schnell\",\"input\":{},\"urls\":{\"get\":\""
                + stub.baseUrl() + "/v1/predictions/rp-1\",\"cancel\":\"" + stub.baseUrl() + "/v1/predictions/rp-1/cancel\"},";
        stub.stubFor(post("/v1/models/black-forest-labs/flux-schnell/predictions").willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody(prediction + "\"status\":\"starting\"}")));
        stub.stubFor(get("/v1/predictions/rp-1").willReturn(okJson(prediction + "\"status\":\"succeeded\",\"output\":[\""
                + stub.baseUrl() + "/files/rp-1.png\"],\"error\":null,\"logs\":\"Using seed: 5\"}")));
        stub.stubFor(get("/files/rp-1.png").willReturn(aResponse().withHeader("Content-Type", "image/png").withBody(IMAGE)));
        onlyTheKey(ReplicateProvider.ID, stub.baseUrl() + "/v1", "r8-e2e");

        GenerationView done = generate(ReplicateProvider.ID);

        assertThat(done.status()).as(done.error()).isEqualTo(GenerationStatus.SUCCEEDED);
        assertThat(done.results()).hasSize(1);
        stub.verify(1, postRequestedFor(urlEqualTo("/v1/models/black-forest-labs/flux-schnell/predictions"))
                .withHeader("Authorization", com.github.tomakehurst.wiremock.client.WireMock.equalTo("Bearer r8-e2e"))
                .withRequestBody(matchingJsonPath("$.input.prompt", com.github.tomakehurst.wiremock.client.WireMock.containing("Marcus"))));
    }
}
