package studio.thresho.provider.kling;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
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
import studio.thresho.provider.ProviderStatus;
import studio.thresho.provider.ReferenceImages;
import studio.thresho.provider.VideoRequest;
import studio.thresho.provider.ProviderAttempts;
import studio.thresho.provider.http.ProviderCalls;
import studio.thresho.provider.http.ProviderHttp;
import studio.thresho.provider.settings.ProviderConfig;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The Kling client against a stub that answers in Kling's envelope: JWT auth, codes in 200 and error answers, task polling. */
class KlingProviderTest {

    static final String ACCESS_KEY = "ak-test-kling";
    static final String SECRET_KEY = "sk-test-kling-secret";
    static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
    static final String PROMPT = "A medium shot of Marcus, a Black male barber in his mid-30s, wearing a black apron. "
            + "Set in Downtown Shop. Golden hour soft lighting.";
    static final byte[] HEADSHOT = "marcus-headshot".getBytes(StandardCharsets.UTF_8);
    static final byte[] SHOP = "downtown-shop".getBytes(StandardCharsets.UTF_8);
    static final byte[] STILL = "generated-still".getBytes(StandardCharsets.UTF_8);
    static final String IMAGES = "/v1/images/generations";
    static final String VIDEOS = "/v1/videos/image2video";

    private WireMockServer server;
    private String credential = ACCESS_KEY + ":" + SECRET_KEY;
    private String model = "kling-v3";
    private Map<String, Object> settings = Map.of();

    @BeforeEach
    void stubServer() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop();
    }

    private KlingProvider provider() {
        ProviderConfig config = new ProviderConfig(KlingProvider.ID, true, server.baseUrl(), model, settings, 4,
                Optional.of(credential));
        ReferenceImages images = new ReferenceImages(null) {
            @Override
            public byte[] bytes(String mediaKey) {
                return switch (mediaKey) {
                    case "headshot" -> HEADSHOT;
                    case "still" -> STILL;
                    default -> SHOP;
                };
            }
        };
        return new KlingProvider((id, defaults) -> config, new ProviderHttp(Duration.ofSeconds(2), Duration.ofSeconds(5)),
                new ProviderCalls(Duration.ofMillis(5), Duration.ofMillis(50), new ProviderAttempts(null)), images,
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static ProviderRequest marcus() {
        return new ProviderRequest(UUID.randomUUID(), PROMPT, "blurry, extra fingers", List.of(new ProviderReference("headshot", "character",
                "Marcus"), new ProviderReference("shop", "environment", "Downtown Shop")), "16:9", 1, 4242, null);
    }

    private static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static String envelope(int code, String message, String data) {
        return "{\"code\":" + code + ",\"message\":\"" + message + "\",\"request_id\":\"req-1\",\"data\":" + data + "}";
    }

    private static String task(String status, String extra) {
        return envelope(0, "SUCCEED", "{\"task_id\":\"task-1\",\"task_status\":\"" + status + "\"" + extra + "}");
    }

    private void submitAnswers(String path) {
        server.stubFor(post(path).willReturn(okJson(task("submitted", ""))));
    }

    /** What Kling's gateway checks: the signature with the secret key, the issuer and the validity window. */
    private static void assertSignedForKling(LoggedRequest request) {
        String authorization = request.getHeader("Authorization");
        assertThat(authorization).startsWith("Bearer ");
        String[] parts = authorization.substring("Bearer ".length()).split("\\.");
        assertThat(parts).hasSize(3);
        Base64.Decoder base64url = Base64.getUrlDecoder();
        JsonNode header = JsonMapper.shared().readTree(new String(base64url.decode(parts[0]), StandardCharsets.UTF_8));
        JsonNode payload = JsonMapper.shared().readTree(new String(base64url.decode(parts[1]), StandardCharsets.UTF_8));
        assertThat(header.path("alg").asString()).isEqualTo("HS256");
        assertThat(header.path("typ").asString()).isEqualTo("JWT");
        assertThat(payload.path("iss").asString()).isEqualTo(ACCESS_KEY);
        assertThat(payload.path("exp").asLong()).isEqualTo(NOW.getEpochSecond() + 1800);
        assertThat(payload.path("nbf").asLong()).isEqualTo(NOW.getEpochSecond() - 5);
        byte[] expected = KlingJwt.hmacSha256(SECRET_KEY, parts[0] + "." + parts[1]);
        assertThat(base64url.decode(parts[2])).isEqualTo(expected);
        assertThat(new String(expected, StandardCharsets.ISO_8859_1)).isNotEqualTo(new String(KlingJwt.hmacSha256("another secret",
                parts[0] + "." + parts[1]), StandardCharsets.ISO_8859_1));
    }

    @Test
    void theMarcusExampleOnTheDefaultKlingV3SendsTheHeadshotToKlingV21AsRawBase64SubjectReferenceSignedWithAJwt() {
        assertThat(provider().defaults().model()).isEqualTo("kling-v3");
        assertThat(provider().modelStanding()).contains("With a character reference, Kling draws on kling-v2-1 (the model that keeps a "
                + "subject or face); without one on kling-v3.");
        submitAnswers(IMAGES);

        String externalId = provider().submit(marcus()).externalId();

        assertThat(externalId).isEqualTo("image:task-1");
        server.verify(postRequestedFor(urlEqualTo(IMAGES)).withRequestBody(equalToJson("{\"model_name\":\"kling-v2-1\",\"prompt\":\""
                + PROMPT + "\",\"image\":\"" + base64(HEADSHOT) + "\",\"image_reference\":\"subject\",\"image_fidelity\":0.5,"
                + "\"human_fidelity\":0.45,\"n\":1,\"aspect_ratio\":\"16:9\"}")));
        LoggedRequest sent = server.getAllServeEvents().getFirst().getRequest();
        assertThat(sent.getBodyAsString()).doesNotContain("data:", "negative_prompt");
        assertSignedForKling(sent);
    }

    @Test
    void withoutACharacterReferenceTheNegativePromptIsSent() {
        submitAnswers(IMAGES);
        provider().submit(new ProviderRequest(UUID.randomUUID(), PROMPT, "blurry", List.of(new ProviderReference("shop", "environment",
                "Downtown Shop")), "9:16", 4, 4242, null));

        server.verify(postRequestedFor(urlEqualTo(IMAGES)).withRequestBody(equalToJson("{\"model_name\":\"kling-v3\",\"prompt\":\""
                + PROMPT + "\",\"negative_prompt\":\"blurry\",\"n\":4,\"aspect_ratio\":\"9:16\"}")));
    }

    @Test
    void anImageTaskIsPolledUntilItsImagesAreReadyAndOneIsDownloaded() {
        submitAnswers(IMAGES);
        String[] answers = {task("submitted", ""), task("processing", ""), task("succeed", ",\"task_result\":{\"images\":["
                + "{\"index\":0,\"url\":\"" + server.baseUrl() + "/cdn/1.png\"},{\"index\":1,\"url\":\"" + server.baseUrl() + "/cdn/2.png\"}]}")};
        for (int i = 0; i < answers.length; i++) {
            server.stubFor(get(IMAGES + "/task-1").inScenario("task").whenScenarioStateIs(i == 0 ? Scenario.STARTED : "step" + i)
                    .willReturn(okJson(answers[i])).willSetStateTo("step" + (i + 1)));
        }
        server.stubFor(get("/cdn/2.png").willReturn(aResponse().withBody("png-bytes")));
        KlingProvider kling = provider();
        String externalId = kling.submit(marcus()).externalId();

        assertThat(kling.poll(externalId).state()).isEqualTo(ProviderStatus.State.RUNNING);
        assertThat(kling.poll(externalId).state()).isEqualTo(ProviderStatus.State.RUNNING);
        ProviderStatus done = kling.poll(externalId);

        assertThat(done.state()).isEqualTo(ProviderStatus.State.SUCCEEDED);
        assertThat(done.results()).extracting(ProviderResult::downloadUrl)
                .containsExactly(server.baseUrl() + "/cdn/1.png", server.baseUrl() + "/cdn/2.png");
        assertThat(new String(kling.fetch(done.results().get(1)), StandardCharsets.UTF_8)).isEqualTo("png-bytes");
        server.verify(3, getRequestedFor(urlEqualTo(IMAGES + "/task-1")));
        server.getAllServeEvents().stream().filter(event -> event.getRequest().getUrl().startsWith("/v1/"))
                .forEach(event -> assertSignedForKling(event.getRequest()));
    }

    @Test
    void contentPolicyRefusalsAndFailuresAreReportedInPlainWords() {
        server.stubFor(post(IMAGES).willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                .withBody(envelope(1301, "Trigger the content security policy of the platform", "null"))));
        assertThatThrownBy(() -> provider().submit(marcus())).isInstanceOf(ProviderRefusedException.class)
                .hasMessageContaining("refused the request under its content policy", "code 1301");

        server.stubFor(post(IMAGES).willReturn(okJson(envelope(1102, "Account balance not enough", "null"))));
        assertThatThrownBy(() -> provider().submit(marcus())).hasMessageContaining("out of credits");

        server.stubFor(get(IMAGES + "/task-1").willReturn(okJson(task("failed", ",\"task_status_msg\":\"Failure to pass the risk control system\""))));
        ProviderStatus failed = provider().poll("image:task-1");
        assertThat(failed.state()).isEqualTo(ProviderStatus.State.FAILED);
        assertThat(failed.reason()).contains("content filter stopped the task", "risk control");
    }

    @Test
    void aBusyAnswerIn200IsRefusedAtOnceButAnHttp429OnSubmitIsSentAgain() {
        server.stubFor(post(IMAGES).willReturn(okJson(envelope(1303, "Parallel task over resource pack limit", "null"))));
        assertThatThrownBy(() -> provider().submit(marcus())).isInstanceOf(ProviderRefusedException.class)
                .hasMessageContaining("Kling is busy: too many tasks running; try again shortly");
        server.verify(1, postRequestedFor(urlEqualTo(IMAGES)));

        server.resetAll();
        server.stubFor(post(IMAGES).inScenario("rate").whenScenarioStateIs(Scenario.STARTED).willReturn(aResponse().withStatus(429)
                .withHeader("Retry-After", "0").withBody(envelope(1302, "Too many requests", "null"))).willSetStateTo("free"));
        server.stubFor(post(IMAGES).inScenario("rate").whenScenarioStateIs("free").willReturn(okJson(task("submitted", ""))));
        assertThat(provider().submit(marcus()).externalId()).isEqualTo("image:task-1");
        server.verify(2, postRequestedFor(urlEqualTo(IMAGES)));
    }

    @Test
    void rateLimitsAndServerErrorsWhilePollingAreWaitedOutWhetherInTheStatusOrTheCode() {
        String path = IMAGES + "/task-1";
        server.stubFor(get(path).inScenario("busy").whenScenarioStateIs(Scenario.STARTED).willReturn(aResponse().withStatus(429)
                .withHeader("Retry-After", "0").withBody(envelope(1302, "Too many requests", "null"))).willSetStateTo("broken"));
        server.stubFor(get(path).inScenario("busy").whenScenarioStateIs("broken").willReturn(aResponse().withStatus(500)
                .withBody(envelope(5000, "Server internal error", "null"))).willSetStateTo("coded"));
        server.stubFor(get(path).inScenario("busy").whenScenarioStateIs("coded").willReturn(okJson(envelope(5001, "Server temporarily "
                + "unavailable", "null"))).willSetStateTo("fine"));
        server.stubFor(get(path).inScenario("busy").whenScenarioStateIs("fine").willReturn(okJson(task("processing", ""))));

        assertThat(provider().poll("image:task-1").state()).isEqualTo(ProviderStatus.State.RUNNING);
        server.verify(4, getRequestedFor(urlEqualTo(path)));
    }

    @Test
    void malformedJsonAndAMalformedCredentialAreRefused() {
        server.stubFor(get(IMAGES + "/task-1").willReturn(okJson("{\"code\":0,\"data\":{\"task_status\":")));
        assertThatThrownBy(() -> provider().poll("image:task-1")).isInstanceOf(ProviderRefusedException.class)
                .hasMessageContaining("not the JSON");

        server.resetAll();
        credential = "only-an-access-key:";
        assertThatThrownBy(() -> provider().submit(marcus())).isInstanceOf(ProviderRefusedException.class)
                .hasMessageContaining("an API key, or the access key and the secret key").hasMessageContaining("accessKey:secretKey");
        assertThat(server.getAllServeEvents()).isEmpty();
    }

    @Test
    void cancelMakesNoCall() {
        provider().cancel("image:task-1");
        provider().cancel("video:task-1");

        assertThat(server.getAllServeEvents()).isEmpty();
    }

    @Test
    void aVideoSendsTheStillAsRawBase64WithTheDurationAsAStringAndIsPolledOnItsOwnPath() {
        submitAnswers(VIDEOS);
        server.stubFor(get(VIDEOS + "/task-1").willReturn(okJson(task("succeed", ",\"task_result\":{\"videos\":[{\"id\":\"v1\",\"url\":\""
                + server.baseUrl() + "/cdn/v1.mp4\",\"duration\":\"10\"}]}"))));
        KlingProvider kling = provider();

        String externalId = kling.submitVideo(new VideoRequest(UUID.randomUUID(), "Marcus looks up and smiles.", "still", "16:9", 10, 4242L,
                null)).externalId();
        ProviderStatus done = kling.poll(externalId);

        assertThat(externalId).isEqualTo("video:task-1");
        server.verify(postRequestedFor(urlEqualTo(VIDEOS)).withRequestBody(equalToJson("{\"model_name\":\"kling-v2-5-turbo\",\"image\":\""
                + base64(STILL) + "\",\"prompt\":\"Marcus looks up and smiles.\",\"mode\":\"std\",\"duration\":\"10\"}")));
        assertThat(done.results()).extracting(ProviderResult::downloadUrl).containsExactly(server.baseUrl() + "/cdn/v1.mp4");
        assertThatThrownBy(() -> kling.submitVideo(new VideoRequest(UUID.randomUUID(), "x", "still", null, 8, null, null)))
                .isInstanceOf(ProviderRefusedException.class).hasMessageContaining("5 or 10 seconds");
    }

    @Test
    void cfgScaleIsSentOnlyToThe1xVideoModels() {
        settings = Map.of("video_model", "kling-v1-6", "cfg_scale", 0.7);
        submitAnswers(VIDEOS);

        provider().submitVideo(new VideoRequest(UUID.randomUUID(), "Marcus looks up.", "still", "16:9", 5, null, null));

        server.verify(postRequestedFor(urlEqualTo(VIDEOS)).withRequestBody(equalToJson("{\"model_name\":\"kling-v1-6\",\"cfg_scale\":0.7}",
                true, true)));
    }

    @Test
    void anApiKeyIsSentAsItIs() {
        credential = "kling-api-key-123";
        submitAnswers(IMAGES);

        provider().submit(marcus());

        server.verify(postRequestedFor(urlEqualTo(IMAGES)).withHeader("Authorization", equalTo("Bearer kling-api-key-123")));
    }

    @Test
    void accountRefusalsSentAs429AreNeverRetriedAndSayWhatToDo() {
        Map<Integer, String> refusals = Map.of(1100, "Contact Kling support", 1101, "Top up or buy a resource pack",
                1102, "Top up or buy a resource pack", 1304, "IP allow-list");
        refusals.forEach((code, advice) -> {
            server.resetAll();
            server.stubFor(post(IMAGES).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "0")
                    .withBody(envelope(code, "Account refused", "null"))));
            assertThatThrownBy(() -> provider().submit(marcus())).isInstanceOf(ProviderRefusedException.class)
                    .hasMessageContaining(advice).hasMessageContaining("code " + code);
            server.verify(1, postRequestedFor(urlEqualTo(IMAGES)));
        });

        server.resetAll();
        server.stubFor(post(IMAGES).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "0")
                .withBody(envelope(1303, "Parallel task over resource pack limit", "null"))));
        assertThatThrownBy(() -> provider().submit(marcus())).hasMessageContaining("too many tasks running");
        server.verify(5, postRequestedFor(urlEqualTo(IMAGES)));
    }

    @Test
    void theConnectionTestReadsTheAccountCostsAndReportsRefusedCredentials() {
        server.stubFor(get(urlPathEqualTo("/account/costs")).willReturn(okJson("{\"code\":0,\"message\":\"SUCCEED\",\"request_id\":\"r\","
                + "\"data\":{\"code\":0,\"msg\":\"success\",\"resource_pack_subscribe_infos\":[{\"resource_pack_name\":\"Image pack\","
                + "\"resource_pack_type\":\"decreasing_total\",\"total_quantity\":1000.0,\"remaining_quantity\":640.0,\"status\":\"online\"}]}}")));
        assertThat(provider().testConnection()).contains("credentials were accepted (Image pack: 640 left)");
        LoggedRequest asked = server.getAllServeEvents().getFirst().getRequest();
        assertSignedForKling(asked);
        assertThat(asked.queryParameter("end_time").firstValue()).isEqualTo(Long.toString(NOW.toEpochMilli()));
        assertThat(asked.queryParameter("start_time").firstValue()).isEqualTo(Long.toString(NOW.minus(Duration.ofDays(30)).toEpochMilli()));

        server.stubFor(get(urlPathEqualTo("/account/costs")).willReturn(aResponse().withStatus(401)
                .withBody(envelope(1002, "Authorization is invalid", "null"))));
        assertThatThrownBy(() -> provider().testConnection()).isInstanceOf(ProviderRefusedException.class)
                .hasMessageContaining("refused the credentials", "code 1002");
    }

    @Test
    void withAnApiKeyAVideoGoesToTheModelInThePathAndIsPolledInTheTaskList() {
        credential = "kling-api-key-123";
        server.stubFor(post("/image-to-video/kling-2.5-turbo").willReturn(okJson("{\"code\":0,\"message\":\"SUCCEED\","
                + "\"request_id\":\"req-2\",\"data\":{\"id\":\"vt-1\",\"status\":\"submitted\"}}")));
        server.stubFor(get(urlPathEqualTo("/tasks")).inScenario("video").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson("{\"code\":0,\"data\":[{\"id\":\"vt-1\",\"status\":\"processing\"}]}")).willSetStateTo("done"));
        server.stubFor(get(urlPathEqualTo("/tasks")).inScenario("video").whenScenarioStateIs("done")
                .willReturn(okJson("{\"code\":0,\"data\":[{\"id\":\"vt-1\",\"status\":\"succeeded\",\"message\":\"\","
                        + "\"outputs\":[{\"url\":\"" + server.baseUrl() + "/cdn/vt-1.mp4\"}]}]}")));
        KlingProvider kling = provider();
        UUID record = UUID.randomUUID();

        String externalId = kling.submitVideo(new VideoRequest(record, "Marcus looks up and smiles.", "still", "16:9", 5, null, null))
                .externalId();
        ProviderStatus running = kling.poll(externalId);
        ProviderStatus done = kling.poll(externalId);

        assertThat(externalId).isEqualTo("video-task:vt-1");
        server.verify(postRequestedFor(urlEqualTo("/image-to-video/kling-2.5-turbo"))
                .withHeader("Authorization", equalTo("Bearer kling-api-key-123"))
                .withRequestBody(equalToJson("{\"contents\":[{\"type\":\"prompt\",\"text\":\"Marcus looks up and smiles.\"},"
                        + "{\"type\":\"first_frame\",\"url\":\"" + base64(STILL) + "\"}],\"settings\":{\"resolution\":\"720p\",\"duration\":5},"
                        + "\"options\":{\"external_task_id\":\"" + record + "\"}}")));
        server.verify(getRequestedFor(urlEqualTo("/tasks?task_ids=vt-1")).withHeader("Authorization", equalTo("Bearer kling-api-key-123")));
        assertThat(running.state()).isEqualTo(ProviderStatus.State.RUNNING);
        assertThat(done.results()).extracting(ProviderResult::downloadUrl).containsExactly(server.baseUrl() + "/cdn/vt-1.mp4");
        server.verify(0, postRequestedFor(urlEqualTo(VIDEOS)));
    }

    @Test
    void theNewerDesignsFailuresAndRefusalsAreExplainedAndItNeedsAnApiKey() {
        credential = "kling-api-key-123";
        settings = Map.of("video_model", "kling-2.6");
        server.stubFor(get(urlPathEqualTo("/tasks")).willReturn(okJson("{\"code\":0,\"data\":[{\"id\":\"vt-2\",\"status\":\"failed\","
                + "\"message\":\"The content violates the platform policy\"}]}")));
        ProviderStatus failed = provider().poll("video-task:vt-2");
        assertThat(failed.state()).isEqualTo(ProviderStatus.State.FAILED);
        assertThat(failed.reason()).contains("content filter");

        server.stubFor(post("/image-to-video/kling-2.6").willReturn(aResponse().withStatus(429).withHeader("Content-Type", "application/json")
                .withBody("{\"code\":1102,\"message\":\"resource pack exhausted\",\"request_id\":\"req-3\"}")));
        assertThatThrownBy(() -> provider().submitVideo(new VideoRequest(UUID.randomUUID(), "x", "still", null, 5, null, null)))
                .isInstanceOf(ProviderRefusedException.class).hasMessageContaining("resource pack");
        server.verify(1, postRequestedFor(urlEqualTo("/image-to-video/kling-2.6")));

        assertThatThrownBy(() -> provider().submitVideo(new VideoRequest(UUID.randomUUID(), "x", "still", null, 7, null, null)))
                .hasMessageContaining("kling-2.6 makes videos of 5 or 10 seconds, not 7");
        credential = ACCESS_KEY + ":" + SECRET_KEY;
        assertThatThrownBy(() -> provider().submitVideo(new VideoRequest(UUID.randomUUID(), "x", "still", null, 5, null, null)))
                .isInstanceOf(ProviderRefusedException.class).hasMessageContaining("takes an API key only");
        server.verify(1, postRequestedFor(urlEqualTo("/image-to-video/kling-2.6")));
    }
}
