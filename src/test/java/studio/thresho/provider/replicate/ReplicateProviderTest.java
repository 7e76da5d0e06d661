package studio.thresho.provider.replicate;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.matching.MultipartValuePatternBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
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
import studio.thresho.provider.ProviderStatus;
import studio.thresho.provider.ReferenceImages;
import studio.thresho.provider.ProviderAttempts;
import studio.thresho.provider.http.ProviderCalls;
import studio.thresho.provider.http.ProviderHttp;
import studio.thresho.provider.SubmissionUncertainException;
import studio.thresho.provider.settings.ProviderConfig;
import studio.thresho.media.ShareLinkService;

/** The Replicate client against a stub mounted at /v1 like api.replicate.com: predictions created, polled and cancelled. */
class ReplicateProviderTest {

    static final String TOKEN = "r8_test_token";
    static final String PROMPT = "A medium shot of Marcus, a Black male barber in his mid-30s, wearing a black apron. "
            + "Set in Downtown Shop. Golden hour soft lighting.";
    static final byte[] HEADSHOT = "marcus-headshot".getBytes(StandardCharsets.UTF_8);
    static final String ID = "gm3qorzdhgbfurvjtvhg6dckhu";

    private WireMockServer server;
    static final String FLUX_DEV = "black-forest-labs/flux-dev";
    static final String FLUX_SCHNELL = "black-forest-labs/flux-schnell";
    static final String SDXL_VERSION = "7762fd07cf82c948538e41f63f77d685e02b063e37e496e96eefd46c929f9bdc";

    private String model = FLUX_DEV;
    private byte[] reference = HEADSHOT;
    private final Map<String, Object> parameters = new HashMap<>();
    private final ShareLinkService shares = org.mockito.Mockito.mock(ShareLinkService.class);

    @BeforeEach
    void stubServer() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop();
    }

    private ReplicateProvider provider() {
        ProviderConfig config = new ProviderConfig(ReplicateProvider.ID, true, server.baseUrl() + "/v1", model, parameters, 4, Optional.of(TOKEN));
        ReferenceImages images = new ReferenceImages(null) {
            @Override
            public byte[] bytes(String mediaKey) {
                return reference;
            }
        };
        return new ReplicateProvider((id, defaults) -> config, new ProviderHttp(Duration.ofSeconds(2), Duration.ofMillis(1500)),
                new ProviderCalls(Duration.ofMillis(5), Duration.ofMillis(50), new ProviderAttempts(null)), images, shares);
    }

    private static ProviderRequest marcus() {
        return new ProviderRequest(UUID.randomUUID(), PROMPT, null, List.of(new ProviderReference("headshot", "character", "Marcus")),
                "16:9", 1, 4242, null);
    }

    private String prediction(String status, String extra) {
        return "{\"id\":\"" + ID + "\",\"model\":\"black-forest-labs/flux-dev\",\"status\":\"" + status + "\",\"input\":{\"seed\":4242},"
                + "\"urls\":{\"get\":\"" + server.baseUrl() + "/v1/predictions/" + ID + "\",\"cancel\":\"" + server.baseUrl()
                + "/v1/predictions/" + ID + "/cancel\"}" + extra + "}";
    }

    private void createAnswers(String path) {
        server.stubFor(post(path).willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                .withBody(prediction("starting", ""))));
    }

    @Test
    void theMarcusExampleOnFluxDevSendsTheHeadshotAsADataUrl() {
        createAnswers("/v1/models/black-forest-labs/flux-dev/predictions");

        assertThat(provider().submit(marcus()).externalId()).isEqualTo(ID);

        server.verify(postRequestedFor(urlEqualTo("/v1/models/black-forest-labs/flux-dev/predictions"))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .withHeader("Content-Type", equalTo("application/json"))
                .withoutHeader("Prefer")
                .withRequestBody(equalToJson("{\"input\":{\"prompt\":\"" + PROMPT + "\",\"seed\":4242,\"aspect_ratio\":\"16:9\","
                        + "\"image\":\"data:image/png;base64," + Base64.getEncoder().encodeToString(HEADSHOT) + "\",\"num_outputs\":1}}")));
    }

    @Test
    void fluxSchnellTakesNoReferenceAndKeysWithoutAValueAreLeftOut() {
        model = FLUX_SCHNELL;
        createAnswers("/v1/models/black-forest-labs/flux-schnell/predictions");
        ProviderRequest randomSeed = new ProviderRequest(UUID.randomUUID(), PROMPT, null, List.of(), "9:16", 1, -1, null);

        provider().submit(randomSeed);

        server.verify(postRequestedFor(urlEqualTo("/v1/models/black-forest-labs/flux-schnell/predictions"))
                .withRequestBody(equalToJson("{\"input\":{\"prompt\":\"" + PROMPT + "\",\"aspect_ratio\":\"9:16\",\"num_outputs\":1}}")));
        assertThat(provider().capabilities().maxReferences()).isZero();
        model = FLUX_DEV;
        assertThat(provider().capabilities().maxReferences()).isEqualTo(1);
    }

    @Test
    void aCommunityModelAddedThroughTheModelsParameterRunsByItsLatestVersion() {
        model = "stability-ai/sdxl";
        parameters.put("models", "{\"stability-ai/sdxl\": {\"prompt\": \"{{prompt}}, cinematic\", \"negative_prompt\": \"{{negative_prompt}}\","
                + " \"seed\": \"{{seed}}\", \"width\": \"{{width}}\", \"height\": \"{{height}}\", \"image\": \"{{image_url}}\","
                + " \"prompt_strength\": 0.8, \"refine\": \"expert_ensemble_refiner\"}}");
        server.stubFor(get("/v1/models/stability-ai/sdxl").willReturn(okJson("{\"url\":\"https://replicate.com/stability-ai/sdxl\","
                + "\"owner\":\"stability-ai\",\"name\":\"sdxl\",\"visibility\":\"public\",\"latest_version\":{\"id\":\"" + SDXL_VERSION
                + "\",\"created_at\":\"2023-10-09T02:06:26.552962Z\",\"openapi_schema\":{}}}")));
        createAnswers("/v1/predictions");
        ProviderRequest request = new ProviderRequest(UUID.randomUUID(), PROMPT, "blurry", List.of(), "16:9", 1, 7, null);

        provider().submit(request);

        server.verify(1, postRequestedFor(urlEqualTo("/v1/predictions")).withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .withRequestBody(equalToJson("{\"version\":\"" + SDXL_VERSION + "\",\"input\":{\"prompt\":\"" + PROMPT
                        + ", cinematic\",\"negative_prompt\":\"blurry\",\"seed\":7,\"width\":1024,\"height\":576,"
                        + "\"prompt_strength\":0.8,\"refine\":\"expert_ensemble_refiner\"}}")));
        server.verify(0, postRequestedFor(urlEqualTo("/v1/models/stability-ai/sdxl/predictions")));
        assertThat(provider().capabilities().negativePrompt()).isTrue();

        parameters.put("models", Map.of("someone/model", Map.of("prompt", "{{prompt}}", "lora", "{{lora_url}}")));
        model = "someone/model";
        assertThatThrownBy(() -> provider().submit(request)).isInstanceOf(ProviderRefusedException.class)
                .hasMessageContaining("does not fill: {{lora_url}}");
        model = "unknown/model";
        assertThatThrownBy(() -> provider().submit(request)).hasMessageContaining("no input template for \"unknown/model\"");
        model = "not a model";
        assertThatThrownBy(() -> provider().submit(request)).hasMessageContaining("is not a Replicate model name");
    }

    @Test
    void aTalentsTrainedVersionRunsInsteadOfTheModelAndAWeightsUrlGoesAsLoraWeights() {
        model = FLUX_SCHNELL;
        createAnswers("/v1/predictions");
        createAnswers("/v1/models/black-forest-labs/flux-schnell/predictions");
        ProviderRequest trained = new ProviderRequest(UUID.randomUUID(), PROMPT, null, List.of(), "1:1", 1, -1, null, Map.of(
                studio.thresho.provider.EngineLora.TRAINED_VERSION, "thresho/marcus-lora:" + SDXL_VERSION,
                studio.thresho.provider.EngineLora.OPTION, studio.thresho.provider.EngineLora.toOption(List.of(
                        new studio.thresho.provider.EngineLora("thresho/marcus-lora:" + SDXL_VERSION, new java.math.BigDecimal("0.8"))))));
        ProviderRequest url = new ProviderRequest(UUID.randomUUID(), PROMPT, null, List.of(), "1:1", 1, -1, null, Map.of(
                studio.thresho.provider.EngineLora.OPTION, studio.thresho.provider.EngineLora.toOption(List.of(
                        new studio.thresho.provider.EngineLora("https://hf.co/m/marcus.safetensors", new java.math.BigDecimal("1.1"))))));

        provider().submit(trained);
        provider().submit(url);

        server.verify(postRequestedFor(urlEqualTo("/v1/predictions")).withRequestBody(matchingJsonPath("$.version", equalTo(SDXL_VERSION)))
                .withRequestBody(matchingJsonPath("$.input.lora_scale", equalTo("0.8"))));
        assertThat(server.findAll(postRequestedFor(urlEqualTo("/v1/predictions"))).getFirst().getBodyAsString()).doesNotContain("lora_weights");
        server.verify(postRequestedFor(urlEqualTo("/v1/models/black-forest-labs/flux-schnell/predictions"))
                .withRequestBody(matchingJsonPath("$.input.lora_weights", equalTo("https://hf.co/m/marcus.safetensors")))
                .withRequestBody(matchingJsonPath("$.input.lora_scale", equalTo("1.1"))));
    }

    @Test
    void anUploadedLoraFileTravelsAsAPublicLinkThatEndsWithTheGeneration() {
        model = FLUX_SCHNELL;
        createAnswers("/v1/models/black-forest-labs/flux-schnell/predictions");
        String file = "ab".repeat(32);
        UUID generation = UUID.randomUUID();
        org.mockito.Mockito.when(shares.createFileForGeneration(file, "marcus-v2.safetensors", generation, ShareLinkService.DEFAULT_VALIDITY))
                .thenReturn(new studio.thresho.media.ShareLink("hash", "token", "https://studio.example.com/share/file/token",
                        java.time.Instant.now().plus(ShareLinkService.DEFAULT_VALIDITY)));
        ProviderRequest upload = new ProviderRequest(generation, PROMPT, null, List.of(), "1:1", 1, -1, null, Map.of(
                studio.thresho.provider.EngineLora.OPTION, studio.thresho.provider.EngineLora.toOption(List.of(
                        new studio.thresho.provider.EngineLora("marcus-v2.safetensors", new java.math.BigDecimal("0.8"), file)))));

        provider().submit(upload);

        server.verify(postRequestedFor(urlEqualTo("/v1/models/black-forest-labs/flux-schnell/predictions"))
                .withRequestBody(matchingJsonPath("$.input.lora_weights", equalTo("https://studio.example.com/share/file/token")))
                .withRequestBody(matchingJsonPath("$.input.lora_scale", equalTo("0.8"))));
    }

    @Test
    void aPinnedVersionRunsByThatVersionWithoutLookingItUp() {
        model = "thresho/marcus-lora:" + SDXL_VERSION;
        parameters.put("models", Map.of("thresho/marcus-lora", Map.of("prompt", "TOK, {{prompt}}", "lora_scale", 0.9)));
        createAnswers("/v1/predictions");

        provider().submit(marcus());

        server.verify(postRequestedFor(urlEqualTo("/v1/predictions")).withRequestBody(equalToJson("{\"version\":\"" + SDXL_VERSION
                + "\",\"input\":{\"prompt\":\"TOK, " + PROMPT + "\",\"lora_scale\":0.9}}")));
        server.verify(0, getRequestedFor(urlEqualTo("/v1/models/thresho/marcus-lora")));

        model = FLUX_DEV + ":" + SDXL_VERSION;
        provider().submit(marcus());
        server.verify(0, postRequestedFor(urlEqualTo("/v1/models/black-forest-labs/flux-dev/predictions")));
        server.verify(postRequestedFor(urlEqualTo("/v1/predictions")).withRequestBody(matchingJsonPath("$.input.image")));
    }

    @Test
    void aModelWithoutAVersionOrUnknownToReplicateIsRefusedBeforeAnyPrediction() {
        model = "someone/empty";
        parameters.put("models", Map.of("someone/empty", Map.of("prompt", "{{prompt}}")));
        server.stubFor(get("/v1/models/someone/empty").willReturn(okJson("{\"owner\":\"someone\",\"name\":\"empty\",\"latest_version\":null}")));
        assertThatThrownBy(() -> provider().submit(marcus())).isInstanceOf(ProviderRefusedException.class)
                .hasMessageContaining("has no published version to run yet");

        server.stubFor(get("/v1/models/someone/empty").willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/problem+json")
                .withBody("{\"detail\":\"Not found.\",\"status\":404}")));
        assertThatThrownBy(() -> provider().submit(marcus())).isInstanceOf(ProviderRefusedException.class)
                .hasMessageContaining("does not know the model");
        server.verify(0, postRequestedFor(urlEqualTo("/v1/predictions")));
    }

    @Test
    void aReferenceWhoseDataUrlWouldReachOneMegabyteGoesThroughTheFilesApi() {
        reference = new byte[900_000];
        reference[0] = (byte) 0xff;
        reference[1] = (byte) 0xd8;
        reference[2] = (byte) 0xff;
        String fileUrl = "https://api.replicate.com/v1/files/cneqzikepnug6xezperrr4z55o/download";
        server.stubFor(post("/v1/files").willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                .withBody("{\"id\":\"cneqzikepnug6xezperrr4z55o\",\"name\":\"reference.jpg\",\"content_type\":\"image/jpeg\","
                        + "\"size\":900000,\"checksums\":{\"sha256\":\"x\"},\"urls\":{\"get\":\"" + fileUrl + "\"},"
                        + "\"expires_at\":\"2026-12-02T22:00:00Z\"}")));
        createAnswers("/v1/models/black-forest-labs/flux-dev/predictions");

        provider().submit(marcus());

        server.verify(postRequestedFor(urlEqualTo("/v1/files")).withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .withHeader("Content-Type", containing("multipart/form-data; boundary="))
                .withRequestBodyPart(new MultipartValuePatternBuilder().withName("content").withHeader("Content-Type", equalTo("image/jpeg"))
                        .build()));
        server.verify(postRequestedFor(urlEqualTo("/v1/models/black-forest-labs/flux-dev/predictions"))
                .withRequestBody(matchingJsonPath("$.input.image", equalTo(fileUrl))));

        server.stubFor(post("/v1/files").willReturn(aResponse().withStatus(413).withBody("{\"detail\":\"File too large.\",\"status\":413}")));
        assertThatThrownBy(() -> provider().submit(marcus())).isInstanceOf(ProviderRefusedException.class)
                .hasMessageContaining("File too large.");
        server.verify(1, postRequestedFor(urlEqualTo("/v1/models/black-forest-labs/flux-dev/predictions")));
    }

    @Test
    void thePlanSaysThatFluxDevTakesTheReferenceAsAStartImage() {
        assertThat(provider().modelStanding()).contains("On black-forest-labs/flux-dev, Replicate uses the reference image as an img2img "
                + "start image: the result starts from that picture and takes its aspect ratio; it is not a character reference, so the "
                + "likeness comes from the prompt.");
        model = FLUX_SCHNELL;
        assertThat(provider().modelStanding()).isEmpty();
    }

    @Test
    void pollingThroughAServerErrorUntilSucceededGivesTheOutputLinksWithTheSeed() {
        String get = "/v1/predictions/" + ID;
        server.stubFor(get(get).inScenario("run").whenScenarioStateIs(Scenario.STARTED).willReturn(okJson(prediction("processing", "")))
                .willSetStateTo("broken"));
        server.stubFor(get(get).inScenario("run").whenScenarioStateIs("broken").willReturn(aResponse().withStatus(502)).willSetStateTo("done"));
        server.stubFor(get(get).inScenario("run").whenScenarioStateIs("done").willReturn(okJson(prediction("succeeded",
                ",\"output\":[\"" + server.baseUrl() + "/files/out-0.webp\"],\"error\":null,\"logs\":\"Using seed: 4242\""))));
        server.stubFor(get("/files/out-0.webp").willReturn(aResponse().withBody("webp-bytes")));
        ReplicateProvider replicate = provider();

        ProviderStatus running = replicate.poll(ID);
        ProviderStatus done = replicate.poll(ID);

        assertThat(running.state()).isEqualTo(ProviderStatus.State.RUNNING);
        assertThat(done.state()).isEqualTo(ProviderStatus.State.SUCCEEDED);
        assertThat(done.results()).containsExactly(new ProviderResult(server.baseUrl() + "/files/out-0.webp", null, 4242L));
        assertThat(new String(replicate.fetch(done.results().getFirst()), StandardCharsets.UTF_8)).isEqualTo("webp-bytes");
        server.verify(3, getRequestedFor(urlEqualTo(get)).withHeader("Authorization", equalTo("Bearer " + TOKEN)));

        server.stubFor(get(get).willReturn(okJson("{\"id\":\"" + ID + "\",\"status\":\"succeeded\",\"input\":{},"
                + "\"output\":\"" + server.baseUrl() + "/files/single.png\",\"logs\":\"Using seed: 99\\nrunning\"}")));
        assertThat(replicate.poll(ID).results()).containsExactly(new ProviderResult(server.baseUrl() + "/files/single.png", null, 99L));
    }

    @Test
    void aFailedPredictionSaysWhyAndCanceledIsCancelled() {
        server.stubFor(get("/v1/predictions/" + ID).willReturn(okJson(prediction("failed",
                ",\"output\":null,\"error\":\"NSFW content detected. Try running it again, or try a different prompt.\""))));
        ProviderStatus failed = provider().poll(ID);
        assertThat(failed.state()).isEqualTo(ProviderStatus.State.FAILED);
        assertThat(failed.reason()).isEqualTo("Replicate's safety checker flagged the image as not safe for work: "
                + "NSFW content detected. Try running it again, or try a different prompt.");

        server.stubFor(get("/v1/predictions/" + ID).willReturn(okJson(prediction("canceled", ""))));
        assertThat(provider().poll(ID).state()).isEqualTo(ProviderStatus.State.CANCELLED);

        server.stubFor(get("/v1/predictions/" + ID).willReturn(okJson(prediction("aborted", ",\"output\":null,\"error\":null"))));
        ProviderStatus aborted = provider().poll(ID);
        assertThat(aborted.state()).isEqualTo(ProviderStatus.State.FAILED);
        assertThat(aborted.reason()).isEqualTo("Replicate aborted the prediction before it ran. Generate again.");
    }

    @Test
    void aThrottledCreateIsSentAgainButAServerErrorIsNotAndRefusalsSayWhy() {
        String create = "/v1/models/black-forest-labs/flux-dev/predictions";
        server.stubFor(post(create).inScenario("busy").whenScenarioStateIs(Scenario.STARTED).willReturn(aResponse().withStatus(429)
                .withHeader("Retry-After", "0").withBody("{\"detail\":\"Request was throttled. Expected available in 1 second.\"}"))
                .willSetStateTo("free"));
        server.stubFor(post(create).inScenario("busy").whenScenarioStateIs("free").willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody(prediction("starting", ""))));
        assertThat(provider().submit(marcus()).externalId()).isEqualTo(ID);
        server.verify(2, postRequestedFor(urlEqualTo(create)));

        server.resetAll();
        server.stubFor(post(create).willReturn(aResponse().withStatus(500)));
        assertThatThrownBy(() -> provider().submit(marcus())).isInstanceOf(SubmissionUncertainException.class);
        server.verify(1, postRequestedFor(urlEqualTo(create)));

        server.stubFor(post(create).willReturn(aResponse().withStatus(422).withHeader("Content-Type", "application/problem+json")
                .withBody("{\"title\":\"Input validation failed\",\"detail\":\"- input.aspect_ratio: aspect_ratio must be one of ...\","
                        + "\"status\":422,\"invalid_fields\":[{\"type\":\"enum\",\"field\":\"input.aspect_ratio\","
                        + "\"description\":\"aspect_ratio must be one of the following: \\\"1:1\\\", \\\"16:9\\\"\"}]}")));
        assertThatThrownBy(() -> provider().submit(marcus())).isInstanceOf(ProviderRefusedException.class)
                .hasMessageContaining("refused the input as invalid").hasMessageContaining("input.aspect_ratio: aspect_ratio must be one of");

        server.stubFor(post(create).willReturn(aResponse().withStatus(402).withBody("{\"title\":\"Insufficient credit\","
                + "\"detail\":\"You have insufficient credit to run this model.\",\"status\":402}")));
        assertThatThrownBy(() -> provider().submit(marcus())).hasMessageContaining("out of credit");
    }

    @Test
    void malformedJsonWhilePollingIsRefused() {
        server.stubFor(get("/v1/predictions/" + ID).willReturn(okJson("{\"id\": \"" + ID + "\", \"status\": ")));
        assertThatThrownBy(() -> provider().poll(ID)).isInstanceOf(ProviderRefusedException.class).hasMessageContaining("not the JSON");
    }

    @Test
    void cancelPostsToTheCancelUrlAndTheConnectionTestReadsTheAccount() {
        server.stubFor(post("/v1/predictions/" + ID + "/cancel").willReturn(okJson(prediction("canceled", ""))));
        provider().cancel(ID);
        server.verify(postRequestedFor(urlEqualTo("/v1/predictions/" + ID + "/cancel")).withHeader("Authorization", equalTo("Bearer " + TOKEN)));

        server.stubFor(get("/v1/account").willReturn(okJson("{\"type\":\"organization\",\"username\":\"thresho-studio\",\"name\":\"Thresho\"}")));
        server.stubFor(get("/v1/models/black-forest-labs/flux-dev").willReturn(okJson("{\"owner\":\"black-forest-labs\",\"name\":\"flux-dev\","
                + "\"latest_version\":{\"id\":\"6e4a938f85952bdabcc15aa329178c4d681c52bf25a0342403287dc26944661d\"}}")));
        assertThat(provider().testConnection()).isEqualTo("Connected to " + server.baseUrl() + "/v1: the token was accepted (account "
                + "thresho-studio); the model black-forest-labs/flux-dev exists.");

        model = "stability-ai/sdxl";
        server.stubFor(get("/v1/models/stability-ai/sdxl").willReturn(okJson("{\"owner\":\"stability-ai\",\"name\":\"sdxl\","
                + "\"latest_version\":{\"id\":\"" + SDXL_VERSION + "\"}}")));
        assertThat(provider().testConnection()).endsWith("the model stability-ai/sdxl exists (latest version " + SDXL_VERSION + ").");

        model = "thresho/marcus-lora:" + SDXL_VERSION;
        String version = "/v1/models/thresho/marcus-lora/versions/" + SDXL_VERSION;
        server.stubFor(get(version).willReturn(okJson("{\"id\":\"" + SDXL_VERSION + "\",\"created_at\":\"2026-11-30T10:00:00Z\"}")));
        assertThat(provider().testConnection()).endsWith("the model thresho/marcus-lora has the pinned version " + SDXL_VERSION + ".");
        server.stubFor(get(version).willReturn(aResponse().withStatus(404).withBody("{\"detail\":\"Not found.\",\"status\":404}")));
        assertThatThrownBy(() -> provider().testConnection()).isInstanceOf(ProviderRefusedException.class).hasMessage("The token works, but "
                + "Replicate has no version " + SDXL_VERSION + " of the model thresho/marcus-lora (HTTP 404): check the model under "
                + "Admin > Providers.");

        model = FLUX_DEV;
        server.stubFor(get("/v1/account").willReturn(aResponse().withStatus(401).withBody("{\"detail\":\"Invalid token.\",\"status\":401}")));
        assertThatThrownBy(() -> provider().testConnection()).hasMessageContaining("refused the API token");
        assertThat(ReplicateProvider.DEFAULTS.needsCredential()).isTrue();
        assertThat(ReplicateProvider.DEFAULTS.model()).isEqualTo("black-forest-labs/flux-schnell");
    }
}
