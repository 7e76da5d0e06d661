package studio.thresho.provider.automatic;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.AdditionalMatchers.aryEq;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import studio.thresho.provider.ProviderRefusedException;
import studio.thresho.provider.ProviderReference;
import studio.thresho.provider.ProviderRequest;
import studio.thresho.provider.ProviderResult;
import studio.thresho.provider.ProviderSubmission;
import studio.thresho.provider.ReferenceImages;
import studio.thresho.provider.ProviderAttempts;
import studio.thresho.provider.http.ProviderCalls;
import studio.thresho.provider.http.ProviderHttp;
import studio.thresho.provider.ProviderUnreachableException;
import studio.thresho.provider.SubmissionUncertainException;
import studio.thresho.provider.settings.ProviderConfig;
import studio.thresho.media.MediaService;
import studio.thresho.media.StoredMedia;

/** The AUTOMATIC1111 / Forge client against a stub answering like its --api web API. */
class Automatic1111ProviderTest {

    static final String PROMPT = "A medium shot of Marcus, a Black male barber in his mid-30s, wearing a black apron. "
            + "Set in Downtown Shop. Golden hour soft lighting.";
    static final byte[] HEADSHOT = "marcus-headshot".getBytes(StandardCharsets.UTF_8);
    static final byte[] SHOP = "downtown-shop".getBytes(StandardCharsets.UTF_8);
    static final String TXT2IMG = "/sdapi/v1/txt2img";
    static final String IMG2IMG = "/sdapi/v1/img2img";

    private WireMockServer server;
    private String baseUrl;
    private final MediaService media = mock(MediaService.class);

    @BeforeEach
    void stubServer() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
        baseUrl = server.baseUrl();
        when(media.ingest(anyString(), any(byte[].class))).thenAnswer(call -> {
            byte[] bytes = call.getArgument(1);
            return new StoredMedia("key-" + new String(bytes, StandardCharsets.UTF_8), "image/png", bytes.length, 1024, 576,
                    call.getArgument(0));
        });
    }

    @AfterEach
    void stopServer() {
        server.stop();
    }

    private String checkpoint = null;
    private String apiAuth = null;

    private Automatic1111Provider provider() {
        ProviderConfig config = new ProviderConfig(Automatic1111Provider.ID, true, baseUrl, checkpoint,
                Map.of("steps", 28, "sampler_name", "Euler a"), 1, Optional.ofNullable(apiAuth));
        ReferenceImages images = new ReferenceImages(null) {
            @Override
            public byte[] bytes(String mediaKey) {
                return mediaKey.equals("headshot") ? HEADSHOT : SHOP;
            }
        };
        return new Automatic1111Provider((id, defaults) -> config, new ProviderHttp(Duration.ofSeconds(2), Duration.ofSeconds(2)),
                new ProviderCalls(Duration.ofMillis(5), Duration.ofMillis(50), new ProviderAttempts(null)), images, media,
                Duration.ofMillis(2000));
    }

    private static ProviderRequest marcus() {
        return new ProviderRequest(UUID.randomUUID(), PROMPT, null, List.of(new ProviderReference("shop", "environment", "Downtown Shop"),
                new ProviderReference("headshot", "character", "Marcus")), "16:9", 1, 4242, null);
    }

    private static ProviderRequest textOnly(int images, long seed) {
        return new ProviderRequest(UUID.randomUUID(), PROMPT, "blurry, extra fingers", List.of(), "9:16", images, seed, null);
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** {@code info} is a JSON document inside a string, as the web API sends it. */
    private static String answer(List<String> images, String info) {
        String list = String.join(",", images.stream().map(image -> "\"" + base64(image) + "\"").toList());
        return "{\"images\":[" + list + "],\"parameters\":{},\"info\":\"" + info.replace("\"", "\\\"") + "\"}";
    }

    @Test
    void theMarcusExampleGoesToImg2imgWithTheHeadshotAsInitImageAndIsStoredWithItsSeed() {
        server.stubFor(post(IMG2IMG).willReturn(okJson(answer(List.of("generated-1"),
                "{\"prompt\": \"...\", \"seed\": 4242, \"all_seeds\": [4242], \"sampler_name\": \"Euler a\"}"))));

        ProviderRequest marcus = marcus();
        ProviderSubmission submission = provider().submit(marcus);

        server.verify(postRequestedFor(urlEqualTo(IMG2IMG)).withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("{\"steps\":28,\"sampler_name\":\"Euler a\",\"prompt\":\"" + PROMPT + "\","
                        + "\"negative_prompt\":\"\",\"seed\":4242,\"width\":1024,\"height\":576,\"cfg_scale\":7,\"batch_size\":1,"
                        + "\"init_images\":[\"" + Base64.getEncoder().encodeToString(HEADSHOT) + "\"],\"denoising_strength\":0.6}")));
        assertThat(submission.finished()).isTrue();
        assertThat(submission.finishedResults()).containsExactly(ProviderResult.stored("key-generated-1", 4242L));
        verify(media).ingest(eq("automatic1111-" + marcus.recordId() + "-1.png"), aryEq("generated-1".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void withoutReferencesItIsTxt2imgAndEachImageKeepsTheSeedTheEngineReportsInInfo() {
        // seed -1 lets the engine choose; ControlNet's detected map comes after the batch and is no result
        server.stubFor(post(TXT2IMG).willReturn(okJson(answer(List.of("generated-1", "generated-2", "controlnet-map"),
                "{\"seed\": 777, \"all_seeds\": [777, 778], \"width\": 576, \"height\": 1024}"))));

        List<ProviderResult> results = provider().submit(textOnly(2, -1)).finishedResults();

        server.verify(postRequestedFor(urlEqualTo(TXT2IMG)).withRequestBody(equalToJson("{\"steps\":28,\"sampler_name\":\"Euler a\","
                + "\"prompt\":\"" + PROMPT + "\",\"negative_prompt\":\"blurry, extra fingers\",\"seed\":-1,\"width\":576,\"height\":1024,"
                + "\"cfg_scale\":7,\"batch_size\":2}")));
        assertThat(results).containsExactly(ProviderResult.stored("key-generated-1", 777L), ProviderResult.stored("key-generated-2", 778L));
    }

    @Test
    void aTalentsLoraIsAddedToThePromptInTheEnginesSyntax() {
        server.stubFor(post(TXT2IMG).willReturn(okJson(answer(List.of("generated-1"), "{\"seed\": 7, \"all_seeds\": [7]}"))));
        ProviderRequest withLora = new ProviderRequest(UUID.randomUUID(), "Marcus (mrcsx)", null, List.of(), "1:1", 1, 7, null,
                Map.of(studio.thresho.provider.EngineLora.OPTION, studio.thresho.provider.EngineLora.toOption(List.of(
                        new studio.thresho.provider.EngineLora("marcus_v2", new java.math.BigDecimal("0.80"))))));

        provider().submit(withLora);

        server.verify(postRequestedFor(urlEqualTo(TXT2IMG)).withRequestBody(
                com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath("$.prompt", equalTo("Marcus (mrcsx) <lora:marcus_v2:0.8>"))));
        assertThat(server.findAll(postRequestedFor(urlEqualTo(TXT2IMG))).getFirst().getBodyAsString()).doesNotContain("\"loras\"");
    }

    @Test
    void theConfiguredCheckpointIsSentAsAnOverrideAndNoneLeavesTheLoadedOne() {
        server.stubFor(post(TXT2IMG).willReturn(okJson(answer(List.of("generated-1"), "{\"seed\": 7, \"all_seeds\": [7]}"))));
        ProviderRequest textOnly = new ProviderRequest(UUID.randomUUID(), "Marcus", null, List.of(), "1:1", 1, 7, null);

        provider().submit(textOnly);
        checkpoint = "juggernautXL.safetensors";
        provider().submit(textOnly);

        List<com.github.tomakehurst.wiremock.verification.LoggedRequest> sent = server.findAll(postRequestedFor(urlEqualTo(TXT2IMG)));
        assertThat(sent.get(0).getBodyAsString()).doesNotContain("override_settings");
        assertThat(sent.get(0).containsHeader("Authorization")).as("no --api-auth, no header").isFalse();
        server.verify(postRequestedFor(urlEqualTo(TXT2IMG)).withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.equalToJson(
                "{\"override_settings\":{\"sd_model_checkpoint\":\"juggernautXL.safetensors\"}}", true, true)));
    }

    @Test
    void anEngineStartedWithApiAuthGetsHttpBasicAuthOnEveryCall() {
        apiAuth = "studio:s3cret";
        server.stubFor(post(TXT2IMG).willReturn(okJson(answer(List.of("generated-1"), "{\"seed\": 7, \"all_seeds\": [7]}"))));
        server.stubFor(get("/sdapi/v1/sd-models").willReturn(okJson("[]")));

        provider().submit(new ProviderRequest(UUID.randomUUID(), "Marcus", null, List.of(), "1:1", 1, 7, null));
        provider().testConnection();

        String basic = "Basic " + java.util.Base64.getEncoder().encodeToString("studio:s3cret".getBytes(StandardCharsets.UTF_8));
        server.verify(postRequestedFor(urlEqualTo(TXT2IMG)).withHeader("Authorization", com.github.tomakehurst.wiremock.client.WireMock.equalTo(basic)));
        server.verify(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(urlEqualTo("/sdapi/v1/sd-models"))
                .withHeader("Authorization", com.github.tomakehurst.wiremock.client.WireMock.equalTo(basic)));
    }

    @Test
    void validationErrorsAndFailedGenerationsAreRefusedInPlainWordsAndNotSentAgain() {
        server.stubFor(post(IMG2IMG).willReturn(aResponse().withStatus(422).withHeader("Content-Type", "application/json")
                .withBody("{\"detail\":[{\"loc\":[\"body\",\"steps\"],\"msg\":\"value is not a valid integer\",\"type\":\"type_error.integer\"}]}")));
        assertThatThrownBy(() -> provider().submit(marcus())).isInstanceOf(ProviderRefusedException.class)
                .hasMessage("AUTOMATIC1111 / Forge (local) refused the request as invalid: steps: value is not a valid integer");

        server.stubFor(post(IMG2IMG).willReturn(aResponse().withStatus(500).withHeader("Content-Type", "application/json")
                .withBody("{\"error\":\"OutOfMemoryError\",\"detail\":\"\",\"body\":\"\",\"errors\":\"CUDA out of memory. Tried to allocate 2.00 GiB\"}")));
        assertThatThrownBy(() -> provider().submit(marcus())).isInstanceOf(ProviderRefusedException.class)
                .hasMessage("AUTOMATIC1111 / Forge (local) failed to generate: OutOfMemoryError: CUDA out of memory. Tried to allocate 2.00 GiB");

        server.stubFor(post(IMG2IMG).willReturn(aResponse().withStatus(404).withBody("{\"detail\":\"Sampler not found\"}")));
        assertThatThrownBy(() -> provider().submit(marcus())).hasMessageContaining("(HTTP 404): Sampler not found");
        server.verify(3, postRequestedFor(urlEqualTo(IMG2IMG)));
    }

    @Test
    void aSubmitTurnedAwayWith429IsSentAgainButOneThatTimedOutIsNot() {
        server.stubFor(post(TXT2IMG).inScenario("busy").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "0")).willSetStateTo("free"));
        server.stubFor(post(TXT2IMG).inScenario("busy").whenScenarioStateIs("free")
                .willReturn(okJson(answer(List.of("generated-1"), "{\"seed\": 5, \"all_seeds\": [5]}"))));
        assertThat(provider().submit(textOnly(1, 5)).finishedResults()).containsExactly(ProviderResult.stored("key-generated-1", 5L));
        server.verify(2, postRequestedFor(urlEqualTo(TXT2IMG)));

        server.resetAll();
        server.stubFor(post(TXT2IMG).willReturn(okJson(answer(List.of("late"), "{}")).withFixedDelay(3000)));
        assertThatThrownBy(() -> provider().submit(textOnly(1, 5))).isInstanceOf(SubmissionUncertainException.class);
        server.verify(1, postRequestedFor(urlEqualTo(TXT2IMG)));
    }

    @Test
    void malformedAnswersAreRefusedAndUnreadableInfoCostsOnlyTheSeed() {
        server.stubFor(post(TXT2IMG).willReturn(okJson("{\"images\": [\"abc")));
        assertThatThrownBy(() -> provider().submit(textOnly(1, 5))).isInstanceOf(ProviderRefusedException.class)
                .hasMessageContaining("not the JSON");
        server.verify(1, postRequestedFor(urlEqualTo(TXT2IMG)));

        server.stubFor(post(TXT2IMG).willReturn(okJson(answer(List.of("generated-1"), "not json"))));
        assertThat(provider().submit(textOnly(1, 5)).finishedResults()).containsExactly(ProviderResult.stored("key-generated-1", null));

        server.stubFor(post(TXT2IMG).willReturn(okJson("{\"images\": [], \"info\": \"{}\"}")));
        assertThatThrownBy(() -> provider().submit(textOnly(1, 5))).hasMessageContaining("without any image");
    }

    @Test
    void anEngineThatIsNotRunningCouldNotBeReached() throws Exception {
        try (ServerSocket free = new ServerSocket(0)) {
            baseUrl = "http://127.0.0.1:" + free.getLocalPort();
        }
        assertThatThrownBy(() -> provider().submit(textOnly(1, 5))).isInstanceOf(ProviderUnreachableException.class)
                .hasMessageContaining("could not be reached");
        assertThatThrownBy(() -> provider().testConnection()).isInstanceOf(ProviderUnreachableException.class);
    }

    @Test
    void theConnectionTestCountsCheckpointsAndTheEngineStartsDisabledWithoutAKey() {
        server.stubFor(get("/sdapi/v1/sd-models").willReturn(okJson("[{\"title\":\"sd_xl_base_1.0.safetensors [31e35c80fc]\","
                + "\"model_name\":\"sd_xl_base_1.0\"},{\"title\":\"juggernautXL.safetensors\",\"model_name\":\"juggernautXL\"}]")));
        server.stubFor(get("/sdapi/v1/loras").willReturn(okJson("[{\"name\":\"marcus_v2\",\"alias\":\"marcus_v2\","
                + "\"path\":\"/models/Lora/marcus_v2.safetensors\",\"metadata\":{}},{\"name\":\"film_grain\",\"alias\":\"film\","
                + "\"path\":\"/models/Lora/film_grain.safetensors\",\"metadata\":{}}]")));
        assertThat(provider().testConnection()).isEqualTo("Connected to " + baseUrl + ": 2 checkpoints available: "
                + "sd_xl_base_1.0.safetensors [31e35c80fc], juggernautXL.safetensors. LoRAs: marcus_v2, film_grain.");
        server.verify(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(urlEqualTo("/sdapi/v1/loras")));

        checkpoint = "dreamshaper_8.safetensors";
        server.stubFor(get("/sdapi/v1/loras").willReturn(aResponse().withStatus(404).withBody("{\"detail\":\"Not Found\"}")));
        assertThat(provider().testConnection()).isEqualTo("Connected to " + baseUrl + ": 2 checkpoints available: "
                + "sd_xl_base_1.0.safetensors [31e35c80fc], juggernautXL.safetensors. The configured checkpoint \"dreamshaper_8.safetensors\" "
                + "is not among them: choose one of the titles above under Admin > Providers.");
        checkpoint = "juggernautXL";
        assertThat(provider().testConnection()).doesNotContain("not among them");

        server.stubFor(get("/sdapi/v1/loras").willReturn(aResponse().withStatus(401).withBody("{\"detail\":\"Incorrect username or password\"}")));
        assertThatThrownBy(() -> provider().testConnection()).isInstanceOf(studio.thresho.provider.ProviderRefusedException.class);

        server.stubFor(get("/sdapi/v1/sd-models").willReturn(aResponse().withStatus(404).withBody("{\"detail\":\"Not Found\"}")));
        assertThatThrownBy(() -> provider().testConnection()).hasMessageContaining("started with --api");

        assertThat(Automatic1111Provider.DEFAULTS.needsCredential()).isFalse();
        assertThat(Automatic1111Provider.DEFAULTS.startsEnabled()).isFalse();
        assertThat(Automatic1111Provider.DEFAULTS.baseUrl()).isEqualTo("http://127.0.0.1:7860");
        assertThat(Automatic1111Provider.DEFAULTS.concurrencyLimit()).isEqualTo(1);
        assertThat(provider().capabilities().maxReferences()).isEqualTo(1);

        provider().cancel("automatic1111-x");
        assertThat(server.findAll(postRequestedFor(urlEqualTo("/sdapi/v1/interrupt")))).isEmpty();
    }
}
