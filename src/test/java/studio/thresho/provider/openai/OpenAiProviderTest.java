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
import studio.thresho.provider.catalogue.CatalogueModel;
import studio.thresho.provider.catalogue.ModelCatalogue;
import studio.thresho.provider.catalogue.RetiredModelException;
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
    static final Map<String, Object> SETTINGS = Map.of("quality", "high", "output_format", "png", "vision_model", "gpt-6-luna");
    static final String GENERATIONS = "/v1/images/generations";
    static final String EDITS = "/v1/images/edits";
    /** The first try and the four retries ProviderCalls allows. */
    static final int ATTEMPTS_ON_A_LASTING_RATE_LIMIT = 5;
    /** Other calls wait 700 ms here; drawing images is given longer. */
    static final Duration IMAGE_TIMEOUT = Duration.ofMillis(2000);

    private WireMockServer server;
    private String model = "gpt-image-2";
    private List<CatalogueModel> overrides = List.of();
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
        ProviderConfig config = new ProviderConfig(OpenAiProvider.ID, true, server.baseUrl() + "/v1", model, settings, 4, Optional.of(KEY))
                .withModelOverrides(overrides);
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
    void theDefaultGptImage2DrawsTheMarcusExampleFromTextWithASizeUnderItsRule() {
        server.stubFor(post(GENERATIONS).willReturn(okJson(gptImageAnswer())));
        ProviderRequest request = textOnly("16:9");

        ProviderSubmission submission = provider().submit(request);

        server.verify(postRequestedFor(urlEqualTo(GENERATIONS))
                .withHeader("Authorization", equalTo("Bearer " + KEY))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("{\"model\":\"gpt-image-2\",\"prompt\":\"" + PROMPT + "\",\"n\":1,\"size\":\"1536x864\","
                        + "\"quality\":\"high\",\"output_format\":\"png\"}")));
        assertFollowsTheContract(onlyRequest(GENERATIONS));
        assertThat(submission.finished()).isTrue();
        assertThat(submission.externalId()).isEqualTo("openai-" + request.recordId());
        assertThat(submission.finishedResults()).containsExactly(ProviderResult.stored(keyOf(FIRST_IMAGE), null),
                ProviderResult.stored(keyOf(SECOND_IMAGE), null));
        verify(media).ingest("openai-" + request.recordId() + "-1.png", FIRST_IMAGE);
    }

    @Test
    void gptImage2SizesAreMultiplesOf16Within1to3And3840x2160() {
        CatalogueModel gptImage2 = ModelCatalogue.shipped(OpenAiProvider.ID, "OpenAI").find("gpt-image-2").orElseThrow();
        assertThat(OpenAiModels.size(gptImage2, "1:1", Map.of())).isEqualTo("1536x1536");
        assertThat(OpenAiModels.size(gptImage2, "9:16", Map.of())).isEqualTo("864x1536");
        assertThat(OpenAiModels.size(gptImage2, "21:9", Map.of())).isEqualTo("1536x656");
        assertThat(OpenAiModels.size(gptImage2, "5:1", Map.of())).as("kept within 3:1").isEqualTo("1536x512");
        assertThat(OpenAiModels.size(gptImage2, "16:9", Map.of("long_side", 3840))).isEqualTo("3840x2160");
        assertThat(OpenAiModels.size(gptImage2, "1:1", Map.of("long_side", 3840))).as("within 3840x2160").isEqualTo("2160x2160");
        assertThat(OpenAiModels.size(null, "9:16", Map.of())).as("a model the catalogue does not know: a standard size")
                .isEqualTo("1024x1536");
        assertThatThrownBy(() -> OpenAiModels.size(gptImage2, "1:1", Map.of("long_side", 5000)))
                .isInstanceOf(ProviderRefusedException.class).hasMessageContaining("from 256 to 3840");
    }

    @Test
    void aSettingOutsideTheGptFamilysValuesIsRefusedBeforeAnyRequest() {
        settings = Map.of("quality", "hd");

        assertThatThrownBy(() -> provider().submit(textOnly("1:1"))).isInstanceOf(ProviderRefusedException.class)
                .hasMessage("OpenAI Images's setting \"quality\" takes auto, high, low, medium, not \"hd\". Change it under Admin > Providers.");
        assertThat(server.getAllServeEvents()).isEmpty();
    }

    @Test
    void aRetiredModelIsRefusedBeforeAnyRequestNamingItsReplacement() {
        for (String retired : List.of("dall-e-3", "gpt-image-1", "gpt-image-1.5")) {
            model = retired;
            assertThatThrownBy(() -> provider().submit(marcus(1))).isInstanceOf(RetiredModelException.class)
                    .hasMessage("OpenAI Images no longer serves " + retired + " (retired): use gpt-image-2 instead. "
                            + "An administrator changes the model under Admin > Providers.");
            assertThatThrownBy(() -> provider().modelStanding()).isInstanceOf(RetiredModelException.class);
        }
        assertThat(server.getAllServeEvents()).isEmpty();
    }

    @Test
    void aModelAddedOrRetiredByTheInstallationsCatalogueIsHonoured() {
        overrides = ModelCatalogue.parseOverrides("[{\"name\": \"gpt-image-2\", \"status\": \"retired\", \"replacement\": "
                + "\"gpt-image-2.6-flare\"}, {\"name\": \"gpt-image-3\", \"status\": \"current\", \"maxReferences\": 4, "
                + "\"sizeRule\": \"gpt-image-2\"}]");
        model = "gpt-image-2";
        assertThatThrownBy(() -> provider().submit(textOnly("1:1"))).hasMessageContaining("use gpt-image-2.6-flare instead");

        model = "gpt-image-3";
        assertThat(provider().capabilities().maxReferences()).isEqualTo(4);
        assertThat(provider().modelStanding()).isEmpty();
    }

    @Test
    void gptImage2SendsTheReferenceImagesAsFilesToTheEditsOperationAndInputFidelityOnlyWhenConfigured() {
        settings = Map.of("quality", "high", "moderation", "low", "vision_model", "gpt-6-luna");
        server.stubFor(post(EDITS).willReturn(okJson(gptImageAnswer())));

        ProviderSubmission submission = provider().submit(marcus(2));

        LoggedRequest sent = onlyRequest(EDITS);
        assertThat(sent.getHeader("Authorization")).isEqualTo("Bearer " + KEY);
        assertThat(sent.getHeader("Content-Type")).startsWith("multipart/form-data; boundary=");
        List<Request.Part> parts = List.copyOf(sent.getParts());
        assertThat(parts).extracting(Request.Part::getName)
                .containsExactlyInAnyOrder("model", "prompt", "n", "size", "quality", "image[]", "image[]");
        assertThat(parts).filteredOn(part -> part.getName().equals("image[]")).extracting(part -> part.getBody().asBytes())
                .containsExactly(HEADSHOT, SHOP);
        assertThat(text(parts, "model")).isEqualTo("gpt-image-2");
        assertThat(text(parts, "prompt")).isEqualTo(PROMPT);
        assertThat(text(parts, "size")).isEqualTo("1536x864");
        assertThat(text(parts, "n")).isEqualTo("2");
        assertThat(text(parts, "quality")).isEqualTo("high");
        assertThat(parts).extracting(part -> part.getName().replace("[]", "")).allSatisfy(name ->
                assertThat(OpenAiContract.editFields()).as("fields of CreateImageEditRequest").contains(name));
        assertThat(submission.finishedResults()).containsExactly(ProviderResult.stored(keyOf(FIRST_IMAGE), null),
                ProviderResult.stored(keyOf(SECOND_IMAGE), null));

        server.resetRequests();
        settings = Map.of("input_fidelity", "high");
        provider().submit(marcus(1));
        assertThat(text(List.copyOf(onlyRequest(EDITS).getParts()), "input_fidelity")).isEqualTo("high");
    }

    private static String text(List<Request.Part> parts, String name) {
        return parts.stream().filter(part -> part.getName().equals(name)).findFirst().orElseThrow().getBody().asString();
    }

    @Test
    void theContractCatchesAMistypedField() {
        String body = "{\"model\":\"gpt-image-2\",\"prompt\":\"" + PROMPT + "\",\"n\":1,\"%s\":\"1536x864\"}";
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
    void capabilitiesAndDefaultsComeFromTheCatalogue() {
        ProviderCapabilities gptImage = provider().capabilities();

        assertThat(gptImage.maxReferences()).isEqualTo(16);
        assertThat(gptImage.maxImages()).isEqualTo(10);
        assertThat(gptImage.maxPromptLength()).isEqualTo(32000);
        assertThat(gptImage.seed()).isFalse();
        assertThat(provider().defaults().baseUrl()).isEqualTo("https://api.openai.com/v1");
        assertThat(provider().defaults().model()).isEqualTo("gpt-image-2");
        assertThat(provider().defaults().models()).contains("gpt-image-2", "gpt-image-2.6-flare").doesNotContain("dall-e-3", "gpt-image-1");
        assertThat(provider().concurrencyLimit()).isEqualTo(4);
        assertThat(provider().available()).isTrue();
    }

    @Test
    void aContentPolicyRefusalSaysSoInPlainWordsAndOtherRefusalsQuoteOpenAi() {
        server.stubFor(post(GENERATIONS).willReturn(aResponse().withStatus(400).withBody(error(
                "Your request was rejected as a result of our safety system.", "invalid_request_error", null, "content_policy_violation"))));
        assertThatThrownBy(() -> provider().submit(textOnly("16:9"))).isInstanceOf(ProviderRefusedException.class).hasMessage(
                "OpenAI refused the request under its content policy: Your request was rejected as a result of our safety system.");

        server.stubFor(post(GENERATIONS).willReturn(aResponse().withStatus(400).withBody(error(
                "Invalid size '1792x1024'. Supported sizes are 1024x1024.", "invalid_request_error", "size", null))));
        assertThatThrownBy(() -> provider().submit(textOnly("16:9"))).isInstanceOf(ProviderRefusedException.class)
                .hasMessage("OpenAI Images refused the request (HTTP 400): Invalid size '1792x1024'. Supported sizes are 1024x1024.");
        server.verify(2, postRequestedFor(urlEqualTo(GENERATIONS)));
    }

    @Test
    void aRateLimitIsWaitedOutHonouringRetryAfter() {
        server.stubFor(post(GENERATIONS).inScenario("busy").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "0").withBody(error(
                        "Rate limit reached for images per minute.", "requests", null, "rate_limit_exceeded"))).willSetStateTo("free"));
        server.stubFor(post(GENERATIONS).inScenario("busy").whenScenarioStateIs("free").willReturn(okJson(gptImageAnswer())));

        ProviderSubmission submission = provider().submit(textOnly("1:1"));

        assertThat(submission.finishedResults()).extracting(ProviderResult::mediaKey).contains(keyOf(FIRST_IMAGE));
        server.verify(2, postRequestedFor(urlEqualTo(GENERATIONS)));
    }

    @Test
    void anExhaustedQuotaSentAs429IsNeverRetriedAndSaysWhatToDo() {
        server.stubFor(post(GENERATIONS).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "0").withBody(error(
                "You exceeded your current quota, please check your plan and billing details.", "insufficient_quota", null, "insufficient_quota"))));

        assertThatThrownBy(() -> provider().submit(textOnly("1:1"))).isInstanceOf(ProviderRefusedException.class)
                .hasMessageContaining("refused the request for the account, not for a moment's load (insufficient_quota)")
                .hasMessageContaining("You exceeded your current quota").hasMessageContaining("Billing on platform.openai.com");
        server.verify(1, postRequestedFor(urlEqualTo(GENERATIONS)));
    }

    @Test
    void anUnverifiedOrganizationAndAModelNotFoundAreRefusedOnceEach() {
        server.stubFor(post(GENERATIONS).willReturn(aResponse().withStatus(403).withBody(error(
                "Your organization must be verified to use the model gpt-image-2.", "invalid_request_error", null, null))));
        assertThatThrownBy(() -> provider().submit(textOnly("1:1"))).hasMessageContaining("verify the organization");
        server.verify(1, postRequestedFor(urlEqualTo(GENERATIONS)));

        server.resetAll();
        model = "gpt-image-9";
        server.stubFor(post(GENERATIONS).willReturn(aResponse().withStatus(404).withBody(error(
                "The model `gpt-image-9` does not exist or you do not have access to it.", "invalid_request_error", null, "model_not_found"))));
        assertThatThrownBy(() -> provider().submit(textOnly("1:1"))).hasMessageContaining("does not serve this model any more (model_not_found)");
        server.verify(1, postRequestedFor(urlEqualTo(GENERATIONS)));
    }

    @Test
    void aServerErrorOrATimeoutAfterSendingIsUncertainAndNotSentAgainButASlowDrawingIsWaitedFor() {
        server.stubFor(post(GENERATIONS).willReturn(aResponse().withStatus(500).withBody(error("The server had an error.", "server_error", null, null))));
        assertThatThrownBy(() -> provider().submit(textOnly("16:9"))).isInstanceOf(SubmissionUncertainException.class)
                .hasMessageContaining("HTTP 500").hasMessageContaining("may still be running and billed");
        server.verify(1, postRequestedFor(urlEqualTo(GENERATIONS)));

        server.resetAll();
        server.stubFor(post(GENERATIONS).willReturn(okJson(gptImageAnswer()).withFixedDelay(1000)));
        assertThat(provider().submit(textOnly("16:9")).finished()).as("slower than other calls may be, within the image timeout").isTrue();

        server.resetAll();
        server.stubFor(post(GENERATIONS).willReturn(okJson(gptImageAnswer()).withFixedDelay(3000)));
        assertThatThrownBy(() -> provider().submit(textOnly("16:9"))).isInstanceOf(SubmissionUncertainException.class)
                .hasMessageContaining("timed out");
        server.verify(1, postRequestedFor(urlEqualTo(GENERATIONS)));
    }

    @Test
    void malformedJsonAfterSendingIsUncertainBecauseTheImagesMayBeBilled() {
        server.stubFor(post(GENERATIONS).willReturn(okJson("{\"created\": 1713833628, \"data\": [{\"b64_json\": ")));

        assertThatThrownBy(() -> provider().submit(textOnly("16:9"))).isInstanceOf(SubmissionUncertainException.class)
                .hasMessageContaining("did not confirm the request").hasMessageContaining("may still be running and billed")
                .cause().isInstanceOf(feign.FeignException.class).hasMessageContaining("Unexpected end-of-input");
        server.verify(1, postRequestedFor(urlEqualTo(GENERATIONS)));

        server.stubFor(post(GENERATIONS).willReturn(okJson("{\"created\": 1713833628, \"data\": []}")));
        assertThatThrownBy(() -> provider().submit(textOnly("16:9"))).isInstanceOf(ProviderRefusedException.class)
                .hasMessage("OpenAI Images answered without any image.");
    }

    @Test
    void aRefusedKeySaysWhereToFixIt() {
        String incorrectKey = error("Incorrect API key provided: sk-test-***enai. You can find your API key at "
                + "https://platform.openai.com/account/api-keys.", "invalid_request_error", null, "invalid_api_key");
        server.stubFor(post(GENERATIONS).willReturn(aResponse().withStatus(401).withBody(incorrectKey)));
        server.stubFor(get("/v1/models/gpt-image-2").willReturn(aResponse().withStatus(401).withBody(incorrectKey)));

        assertThatThrownBy(() -> provider().submit(textOnly("16:9"))).isInstanceOf(ProviderRefusedException.class)
                .hasMessage("OpenAI Images refused the API key (HTTP 401). Check it under Admin > Providers.");
        server.verify(1, postRequestedFor(urlEqualTo(GENERATIONS)));
        assertThatThrownBy(() -> provider().testConnection()).isInstanceOf(ProviderRefusedException.class)
                .hasMessageContaining("OpenAI Images refused the API key (HTTP 401): Incorrect API key provided")
                .hasMessageContaining("Admin > Providers");
    }

    @Test
    void theConnectionTestAsksAboutTheConfiguredModelAndWarnsOfAShutdownDate() {
        server.stubFor(get("/v1/models/gpt-image-2").willReturn(okJson(
                "{\"id\":\"gpt-image-2\",\"object\":\"model\",\"created\":1776729600,\"owned_by\":\"system\",\"shutdown_date\":null}")));
        assertThat(provider().testConnection()).isEqualTo("Connected to " + server.baseUrl() + "/v1: the key was accepted and gpt-image-2 is available.");
        List<LoggedRequest> asked = server.findAll(getRequestedFor(urlEqualTo("/v1/models/gpt-image-2")));
        assertThat(asked).singleElement().satisfies(request -> {
            assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + KEY);
            assertFollowsTheContract(request);
        });

        server.stubFor(get("/v1/models/gpt-image-2").willReturn(okJson(
                "{\"id\":\"gpt-image-2\",\"object\":\"model\",\"created\":1776729600,\"owned_by\":\"system\",\"shutdown_date\":\"2027-04-21\"}")));
        assertThat(provider().testConnection()).contains("the key was accepted", "OpenAI shuts it down on 2027-04-21");

        model = "gpt-image-9";
        server.stubFor(get("/v1/models/gpt-image-9").willReturn(aResponse().withStatus(404).withBody(error(
                "The model 'gpt-image-9' does not exist", "invalid_request_error", "model", "model_not_found"))));
        assertThatThrownBy(() -> provider().testConnection()).isInstanceOf(ProviderRefusedException.class)
                .hasMessageContaining("does not know the model gpt-image-9").hasMessageContaining("such as gpt-image-2");

        model = "gpt-image-2";
        server.stubFor(get("/v1/models/gpt-image-2").willReturn(okJson("{\"id\":")));
        assertThatThrownBy(() -> provider().testConnection()).isInstanceOf(ProviderRefusedException.class).hasMessageContaining("not the JSON");
    }

    @Test
    void pollReportsTheInterruptedSubmissionAndCancelCallsNothing() {
        ProviderStatus status = provider().poll("openai-" + UUID.randomUUID());
        assertThat(status.state()).isEqualTo(ProviderStatus.State.FAILED);
        assertThat(status.reason()).contains("answers while the request is sent", "generate again");
        provider().cancel("openai-1");
        assertThat(server.getAllServeEvents()).isEmpty();
    }
}
