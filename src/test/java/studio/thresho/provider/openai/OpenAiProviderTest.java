package studio.thresho.provider.openai;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.ValidationReport;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import studio.thresho.provider.ProviderCapabilities;
import studio.thresho.provider.ProviderRefusedException;
import studio.thresho.provider.ProviderReference;
import studio.thresho.provider.ProviderRequest;
import studio.thresho.provider.ProviderResult;
import studio.thresho.provider.ProviderStatus;
import studio.thresho.provider.ProviderSubmission;
import studio.thresho.provider.ReferenceImages;
import studio.thresho.provider.ProviderAttempts;
import studio.thresho.provider.http.ProviderCalls;
import studio.thresho.provider.http.ProviderHttp;
import studio.thresho.provider.SubmissionUncertainException;
import studio.thresho.provider.settings.ProviderConfig;
import studio.thresho.media.MediaService;
import studio.thresho.media.StoredMedia;

/** The OpenAI Images client against a stub mounted at /v1 like api.openai.com; every request it sends is checked against the contract. */
class OpenAiProviderTest {

    static final String KEY = "sk-test-openai";
    static final String PROMPT = "A medium shot of Marcus, a Black male barber in his mid-30s, wearing a black apron. "
            + "Set in Downtown Shop. Golden hour soft lighting.";
    static final String REVISED = "A medium shot of Marcus, a Black man in his mid-30s with a neatly trimmed beard, standing in a "
            + "downtown barbershop in warm golden-hour light.";
    static final byte[] HEADSHOT = "marcus-headshot".getBytes(StandardCharsets.UTF_8);
    static final byte[] SHOP = "downtown-shop".getBytes(StandardCharsets.UTF_8);
    static final byte[] FIRST_IMAGE = "generated-image-1".getBytes(StandardCharsets.UTF_8);
    static final byte[] SECOND_IMAGE = "generated-image-2".getBytes(StandardCharsets.UTF_8);
    static final Map<String, Object> SETTINGS = Map.of("quality", "hd", "style", "natural", "vision_model", "gpt-4o");
    static final String GENERATIONS = "/v1/images/generations";
    static final String EDITS = "/v1/images/edits";
    /** The first try and the four retries ProviderCalls allows. */
    static final int ATTEMPTS_ON_A_LASTING_RATE_LIMIT = 5;
    /** Other calls wait 700 ms here; drawing images is given longer. */
    static final Duration IMAGE_TIMEOUT = Duration.ofMillis(2000);

    private WireMockServer server;
    private String model = OpenAiModels.DALL_E_3;
    private Map<String, Object> settings = SETTINGS;
    private final MediaService media = mock(MediaService.class);

    @BeforeEach
    void stubServer() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
        when(media.ingest(anyString(), any(byte[].class))).thenAnswer(call -> {
            byte[] bytes = call.getArgument(1);
            return new StoredMedia(keyOf(bytes), "image/png", bytes.length, 1024, 1024, call.getArgument(0));
        });
    }

    @AfterEach
    void stopServer() {
        server.stop();
    }

    private OpenAiProvider provider() {
        ProviderConfig config = new ProviderConfig(OpenAiProvider.ID, true, server.baseUrl() + "/v1", model, settings, 4, Optional.of(KEY));
        ReferenceImages images = new ReferenceImages(null) {
            @Override
            public byte[] bytes(String mediaKey) {
                return mediaKey.equals("headshot") ? HEADSHOT : SHOP;
            }
        };
        return new OpenAiProvider((id, defaults) -> config, new ProviderHttp(Duration.ofSeconds(2), Duration.ofMillis(700)),
                new ProviderCalls(Duration.ofMillis(5), Duration.ofMillis(50), new ProviderAttempts(null)), images, media, IMAGE_TIMEOUT);
    }

    private static ProviderRequest marcus(int images) {
        return new ProviderRequest(UUID.randomUUID(), PROMPT, null, List.of(new ProviderReference("headshot", "character", "Marcus"),
                new ProviderReference("shop", "environment", "Downtown Shop")), "16:9", images, 4242, null);
    }

    private static ProviderRequest textOnly(String aspectRatio) {
        return new ProviderRequest(UUID.randomUUID(), PROMPT, null, List.of(), aspectRatio, 1, 4242, null);
    }

    private static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    static String keyOf(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String dallE3Answer() {
        return "{\"created\":1713833628,\"data\":[{\"b64_json\":\"" + base64(FIRST_IMAGE) + "\",\"revised_prompt\":\"" + REVISED + "\"}]}";
    }

    private static String gptImageAnswer() {
        return "{\"created\":1713833628,\"data\":[{\"b64_json\":\"" + base64(FIRST_IMAGE) + "\"},{\"b64_json\":\"" + base64(SECOND_IMAGE)
                + "\"}],\"usage\":{\"total_tokens\":100,\"input_tokens\":50,\"output_tokens\":50,"
                + "\"input_tokens_details\":{\"text_tokens\":10,\"image_tokens\":40}}}";
    }

    private static String error(String message, String type, String param, String code) {
        return "{\"error\":{\"message\":\"" + message + "\",\"type\":\"" + type + "\",\"param\":" + (param == null ? "null" : "\"" + param + "\"")
                + ",\"code\":" + (code == null ? "null" : "\"" + code + "\"") + "}}";
    }

    private LoggedRequest onlyRequest(String path) {
        List<LoggedRequest> requests = server.findAll(postRequestedFor(urlEqualTo(path)));
        assertThat(requests).hasSize(1);
        return requests.getFirst();
    }

    private static void assertFollowsTheContract(LoggedRequest request) {
        ValidationReport report = OpenAiContract.validate(request);
        assertThat(report.getMessages()).as("contract violations").isEmpty();
    }

    @Test
    void dallE3DrawsTheMarcusExampleFromTextAloneAndStoresTheImageWithTheRevisedPrompt() {
        server.stubFor(post(GENERATIONS).willReturn(okJson(dallE3Answer())));
        ProviderRequest request = marcus(3);

        ProviderSubmission submission = provider().submit(request);

        server.verify(postRequestedFor(urlEqualTo(GENERATIONS))
                .withHeader("Authorization", equalTo("Bearer " + KEY))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("{\"model\":\"dall-e-3\",\"prompt\":\"" + PROMPT + "\",\"n\":1,\"size\":\"1792x1024\","
                        + "\"response_format\":\"b64_json\",\"quality\":\"hd\",\"style\":\"natural\"}")));
        assertFollowsTheContract(onlyRequest(GENERATIONS));
        assertThat(server.findAll(postRequestedFor(urlEqualTo(EDITS)))).as("dall-e-3 takes no reference images").isEmpty();
        assertThat(submission.finished()).isTrue();
        assertThat(submission.externalId()).isEqualTo("openai-" + request.recordId());
        assertThat(submission.finishedResults()).containsExactly(new ProviderResult(null, keyOf(FIRST_IMAGE), null, REVISED));
        verify(media).ingest("openai-" + request.recordId() + "-1.png", FIRST_IMAGE);
    }

    @Test
    void gptImage1SendsTheReferenceImagesAsFilesToTheEditsOperation() {
        model = OpenAiModels.GPT_IMAGE_1;
        settings = Map.of("quality", "high", "style", "natural", "moderation", "low", "vision_model", "gpt-4o");
        server.stubFor(post(EDITS).willReturn(okJson(gptImageAnswer())));

        ProviderSubmission submission = provider().submit(marcus(2));

        LoggedRequest sent = onlyRequest(EDITS);
        assertThat(sent.getHeader("Authorization")).isEqualTo("Bearer " + KEY);
        assertThat(sent.getHeader("Content-Type")).startsWith("multipart/form-data; boundary=");
        List<Request.Part> parts = List.copyOf(sent.getParts());
        assertThat(parts).extracting(Request.Part::getName)
                .containsExactlyInAnyOrder("model", "prompt", "n", "size", "input_fidelity", "quality", "image[]", "image[]");
        assertThat(parts).filteredOn(part -> part.getName().equals("image[]")).extracting(part -> part.getBody().asBytes())
                .containsExactly(HEADSHOT, SHOP);
        assertThat(text(parts, "model")).isEqualTo("gpt-image-1");
        assertThat(text(parts, "prompt")).isEqualTo(PROMPT);
        assertThat(text(parts, "size")).isEqualTo("1536x1024");
        assertThat(text(parts, "input_fidelity")).isEqualTo("high");
        assertThat(text(parts, "n")).isEqualTo("2");
        assertThat(text(parts, "quality")).isEqualTo("high");
        assertThat(parts).extracting(part -> part.getName().replace("[]", "")).allSatisfy(name ->
                assertThat(OpenAiContract.editFields()).as("fields of CreateImageEditRequest").contains(name));
        assertThat(submission.finishedResults()).containsExactly(ProviderResult.stored(keyOf(FIRST_IMAGE), null),
                ProviderResult.stored(keyOf(SECOND_IMAGE), null));
    }

    private static String text(List<Request.Part> parts, String name) {
        return parts.stream().filter(part -> part.getName().equals(name)).findFirst().orElseThrow().getBody().asString();
    }

    @Test
    void gptImage1WithoutReferencesGeneratesFromJsonAndLeavesOutWhatOnlyDallE3Takes() {
        model = OpenAiModels.GPT_IMAGE_1;
        server.stubFor(post(GENERATIONS).willReturn(okJson(gptImageAnswer())));

        provider().submit(textOnly("9:16"));

        server.verify(postRequestedFor(urlEqualTo(GENERATIONS)).withRequestBody(equalToJson("{\"model\":\"gpt-image-1\",\"prompt\":\""
                + PROMPT + "\",\"n\":1,\"size\":\"1024x1536\",\"quality\":\"hd\"}")));
        assertFollowsTheContract(onlyRequest(GENERATIONS));
        assertThat(OpenAiModels.size(OpenAiModels.GPT_IMAGE_1, "1:1")).isEqualTo("1024x1024");
        assertThat(OpenAiModels.size(OpenAiModels.DALL_E_3, "9:16")).isEqualTo("1024x1792");
        assertThat(OpenAiModels.size(OpenAiModels.DALL_E_3, "4:3")).isEqualTo("1792x1024");
    }

    @Test
    void theContractCatchesAMistypedField() {
        String body = "{\"model\":\"dall-e-3\",\"prompt\":\"" + PROMPT + "\",\"n\":1,\"%s\":\"1792x1024\"}";
        SimpleRequest correct = SimpleRequest.Builder.post(GENERATIONS).withContentType("application/json")
                .withBody(body.formatted("size")).build();
        SimpleRequest mistyped = SimpleRequest.Builder.post(GENERATIONS).withContentType("application/json")
                .withBody(body.formatted("sizee")).build();

        assertThat(OpenAiContract.validate(correct).hasErrors()).isFalse();
        ValidationReport report = OpenAiContract.validate(mistyped);
        assertThat(report.hasErrors()).isTrue();
        assertThat(report.getMessages()).extracting(ValidationReport.Message::getMessage).anySatisfy(message ->
                assertThat(message).contains("sizee"));
        assertThat(OpenAiContract.editFields()).doesNotContain("images", "sizee").contains("image", "input_fidelity");
    }

    @Test
    void capabilitiesFollowTheConfiguredModel() {
        ProviderCapabilities dallE3 = provider().capabilities();
        model = OpenAiModels.GPT_IMAGE_1;
        ProviderCapabilities gptImage = provider().capabilities();

        assertThat(dallE3).isEqualTo(new ProviderCapabilities(false, false, false, false, false, 0, 4000, 1, List.of("16:9", "1:1", "9:16")));
        assertThat(gptImage.maxReferences()).isEqualTo(16);
        assertThat(gptImage.maxImages()).isEqualTo(10);
        assertThat(gptImage.seed()).isFalse();
        assertThat(provider().defaults().baseUrl()).isEqualTo("https://api.openai.com/v1");
        assertThat(provider().defaults().models()).containsExactly("dall-e-3", "gpt-image-1");
        assertThat(provider().concurrencyLimit()).isEqualTo(4);
        assertThat(provider().available()).isTrue();
    }

    @Test
    void aContentPolicyRefusalSaysSoInPlainWordsAndOtherRefusalsQuoteOpenAi() {
        server.stubFor(post(GENERATIONS).willReturn(aResponse().withStatus(400).withBody(error(
                "Your request was rejected as a result of our safety system.", "invalid_request_error", null, "content_policy_violation"))));
        assertThatThrownBy(() -> provider().submit(marcus(1))).isInstanceOf(ProviderRefusedException.class).hasMessage(
                "OpenAI refused the request under its content policy: Your request was rejected as a result of our safety system.");

        server.stubFor(post(GENERATIONS).willReturn(aResponse().withStatus(400).withBody(error(
                "Invalid size '1792x1024'. Supported sizes are 1024x1024.", "invalid_request_error", "size", null))));
        assertThatThrownBy(() -> provider().submit(marcus(1))).isInstanceOf(ProviderRefusedException.class)
                .hasMessage("OpenAI Images refused the request (HTTP 400): Invalid size '1792x1024'. Supported sizes are 1024x1024.");
        server.verify(2, postRequestedFor(urlEqualTo(GENERATIONS)));
    }

    @Test
    void aRateLimitIsWaitedOutHonouringRetryAfterAndAnExhaustedQuotaSaysSo() {
        server.stubFor(post(GENERATIONS).inScenario("busy").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "0").withBody(error(
                        "Rate limit reached for images per minute.", "requests", null, "rate_limit_exceeded"))).willSetStateTo("free"));
        server.stubFor(post(GENERATIONS).inScenario("busy").whenScenarioStateIs("free").willReturn(okJson(dallE3Answer())));

        ProviderSubmission submission = provider().submit(marcus(1));

        assertThat(submission.finishedResults()).extracting(ProviderResult::mediaKey).containsExactly(keyOf(FIRST_IMAGE));
        server.verify(2, postRequestedFor(urlEqualTo(GENERATIONS)));

        server.resetAll();
        server.stubFor(post(GENERATIONS).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "0").withBody(error(
                "You exceeded your current quota, please check your plan and billing details.", "insufficient_quota", null, "insufficient_quota"))));
        assertThatThrownBy(() -> provider().submit(marcus(1))).isInstanceOf(ProviderRefusedException.class)
                .hasMessageContaining("rate limit or quota: You exceeded your current quota");
        server.verify(ATTEMPTS_ON_A_LASTING_RATE_LIMIT, postRequestedFor(urlEqualTo(GENERATIONS)));
    }

    @Test
    void aServerErrorOrATimeoutAfterSendingIsUncertainAndNotSentAgainButASlowDrawingIsWaitedFor() {
        server.stubFor(post(GENERATIONS).willReturn(aResponse().withStatus(500).withBody(error("The server had an error.", "server_error", null, null))));
        assertThatThrownBy(() -> provider().submit(marcus(1))).isInstanceOf(SubmissionUncertainException.class)
                .hasMessageContaining("HTTP 500").hasMessageContaining("may still be running and billed");
        server.verify(1, postRequestedFor(urlEqualTo(GENERATIONS)));

        server.resetAll();
        server.stubFor(post(GENERATIONS).willReturn(okJson(dallE3Answer()).withFixedDelay(1000)));
        assertThat(provider().submit(marcus(1)).finished()).as("slower than other calls may be, within the image timeout").isTrue();

        server.resetAll();
        server.stubFor(post(GENERATIONS).willReturn(okJson(dallE3Answer()).withFixedDelay(3000)));
        assertThatThrownBy(() -> provider().submit(marcus(1))).isInstanceOf(SubmissionUncertainException.class)
                .hasMessageContaining("timed out");
        server.verify(1, postRequestedFor(urlEqualTo(GENERATIONS)));
    }

    @Test
    void malformedJsonAfterSendingIsUncertainBecauseTheImagesMayBeBilled() {
        server.stubFor(post(GENERATIONS).willReturn(okJson("{\"created\": 1713833628, \"data\": [{\"b64_json\": ")));

        assertThatThrownBy(() -> provider().submit(marcus(1))).isInstanceOf(SubmissionUncertainException.class)
                .hasMessageContaining("did not confirm the request").hasMessageContaining("may still be running and billed")
                .cause().isInstanceOf(feign.FeignException.class).hasMessageContaining("Unexpected end-of-input");
        server.verify(1, postRequestedFor(urlEqualTo(GENERATIONS)));

        server.stubFor(post(GENERATIONS).willReturn(okJson("{\"created\": 1713833628, \"data\": []}")));
        assertThatThrownBy(() -> provider().submit(marcus(1))).isInstanceOf(ProviderRefusedException.class)
                .hasMessage("OpenAI Images answered without any image.");
    }

    @Test
    void aRefusedKeySaysWhereToFixIt() {
        String incorrectKey = error("Incorrect API key provided: sk-test-***enai. You can find your API key at "
                + "https://platform.openai.com/account/api-keys.", "invalid_request_error", null, "invalid_api_key");
        server.stubFor(post(GENERATIONS).willReturn(aResponse().withStatus(401).withBody(incorrectKey)));
        server.stubFor(get("/v1/models").willReturn(aResponse().withStatus(401).withBody(incorrectKey)));

        assertThatThrownBy(() -> provider().submit(marcus(1))).isInstanceOf(ProviderRefusedException.class)
                .hasMessage("OpenAI Images refused the API key (HTTP 401). Check it under Admin > Providers.");
        server.verify(1, postRequestedFor(urlEqualTo(GENERATIONS)));
        assertThatThrownBy(() -> provider().testConnection()).isInstanceOf(ProviderRefusedException.class)
                .hasMessageContaining("OpenAI Images refused the API key (HTTP 401): Incorrect API key provided")
                .hasMessageContaining("Admin > Providers");
    }

    @Test
    void theConnectionTestListsTheModels() {
        server.stubFor(get("/v1/models").willReturn(okJson("{\"object\":\"list\",\"data\":[{\"id\":\"dall-e-3\",\"object\":\"model\"},"
                + "{\"id\":\"gpt-image-1\",\"object\":\"model\"},{\"id\":\"gpt-4o-mini\",\"object\":\"model\"}]}")));

        assertThat(provider().testConnection()).isEqualTo("Connected to " + server.baseUrl() + "/v1: the key was accepted (3 models available).");
        server.verify(getRequestedFor(urlEqualTo("/v1/models")).withHeader("Authorization", equalTo("Bearer " + KEY)));

        server.stubFor(get("/v1/models").willReturn(okJson("{\"object\":\"list\",\"data\":[")));
        assertThatThrownBy(() -> provider().testConnection()).isInstanceOf(ProviderRefusedException.class).hasMessageContaining("not the JSON");
    }

    @Test
    void pollReportsTheInterruptedSubmissionCancelCallsNothingAndALinkIsDownloaded() {
        ProviderStatus status = provider().poll("openai-" + UUID.randomUUID());
        assertThat(status.state()).isEqualTo(ProviderStatus.State.FAILED);
        assertThat(status.reason()).contains("answers while the request is sent", "generate again");
        provider().cancel("openai-1");
        assertThat(server.getAllServeEvents()).isEmpty();

        server.stubFor(get("/files/image.png").willReturn(aResponse().withBody(FIRST_IMAGE)));
        server.stubFor(get("/files/old.png").willReturn(aResponse().withStatus(403).withBody("AuthenticationFailed")));
        assertThat(provider().fetch(new ProviderResult(server.baseUrl() + "/files/image.png", null, null))).isEqualTo(FIRST_IMAGE);
        assertThatThrownBy(() -> provider().fetch(new ProviderResult(server.baseUrl() + "/files/old.png", null, null)))
                .isInstanceOf(ProviderRefusedException.class).hasMessageContaining("valid for 60 minutes");
    }
}
