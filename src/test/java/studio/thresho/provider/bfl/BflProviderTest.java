package studio.thresho.provider.bfl;

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
import studio.thresho.provider.ProviderStatus;
import studio.thresho.provider.ReferenceImages;
import studio.thresho.provider.ProviderAttempts;
import studio.thresho.provider.http.ProviderCalls;
import studio.thresho.provider.http.ProviderHttp;
import studio.thresho.provider.SubmissionUncertainException;
import studio.thresho.provider.settings.ProviderConfig;

/** The BFL client against a stub that answers as docs.bfl.ai describes, errors and polling included. */
class BflProviderTest {

    static final String KEY = "bfl-test-key";
    static final String PROMPT = "A medium shot of Marcus, a Black male barber in his mid-30s, wearing a black apron. "
            + "Set in Downtown Shop. Golden hour soft lighting.";
    static final byte[] HEADSHOT = "marcus-headshot".getBytes(StandardCharsets.UTF_8);
    static final byte[] SHOP = "downtown-shop".getBytes(StandardCharsets.UTF_8);

    private WireMockServer server;
    private String model = BflModels.ULTRA;

    @BeforeEach
    void stubServer() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop();
    }

    private BflProvider provider() {
        ProviderConfig config = new ProviderConfig(BflProvider.ID, true, server.baseUrl(), model, Map.of("safety_tolerance", 2), 24,
                Optional.of(KEY));
        ReferenceImages images = new ReferenceImages(null) {
            @Override
            public byte[] bytes(String mediaKey) {
                return mediaKey.equals("headshot") ? HEADSHOT : SHOP;
            }
        };
        return new BflProvider((id, defaults) -> config, new ProviderHttp(Duration.ofSeconds(2), Duration.ofMillis(700)),
                new ProviderCalls(Duration.ofMillis(5), Duration.ofMillis(50), new ProviderAttempts(null)), images);
    }

    private static ProviderRequest marcus() {
        return new ProviderRequest(UUID.randomUUID(), PROMPT, null, List.of(new ProviderReference("headshot", "character", "Marcus"),
                new ProviderReference("shop", "environment", "Downtown Shop")), "16:9", 1, 4242, null);
    }

    private static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    private void submitAnswers(String model) {
        server.stubFor(post("/v1/" + model).willReturn(okJson("{\"id\":\"task-1\",\"polling_url\":\"" + server.baseUrl()
                + "/v1/get_result?id=task-1\",\"cost\":6}")));
    }

    @Test
    void theMarcusExampleOnUltraSendsTheHeadshotAsReduxImagePrompt() {
        submitAnswers(BflModels.ULTRA);

        String pollingUrl = provider().submit(marcus()).externalId();

        assertThat(pollingUrl).isEqualTo(server.baseUrl() + "/v1/get_result?id=task-1");
        server.verify(postRequestedFor(urlEqualTo("/v1/flux-pro-1.1-ultra"))
                .withHeader("x-key", equalTo(KEY))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("{\"safety_tolerance\":2,\"prompt\":\"" + PROMPT + "\",\"seed\":4242,\"output_format\":\"png\","
                        + "\"aspect_ratio\":\"16:9\",\"image_prompt\":\"" + base64(HEADSHOT) + "\",\"image_prompt_strength\":0.1}")));
    }

    @Test
    void kontextTakesUpToFourInputImagesAndProASizeInMultiplesOf32() {
        model = BflModels.KONTEXT;
        submitAnswers(BflModels.KONTEXT);
        provider().submit(marcus());
        server.verify(postRequestedFor(urlEqualTo("/v1/flux-kontext-pro")).withRequestBody(equalToJson("{\"safety_tolerance\":2,"
                + "\"prompt\":\"" + PROMPT + "\",\"seed\":4242,\"output_format\":\"png\",\"aspect_ratio\":\"16:9\",\"input_image\":\""
                + base64(HEADSHOT) + "\",\"input_image_2\":\"" + base64(SHOP) + "\"}")));

        model = BflModels.PRO;
        submitAnswers(BflModels.PRO);
        provider().submit(marcus());
        server.verify(postRequestedFor(urlEqualTo("/v1/flux-pro-1.1")).withRequestBody(equalToJson("{\"safety_tolerance\":2,"
                + "\"prompt\":\"" + PROMPT + "\",\"seed\":4242,\"output_format\":\"png\",\"width\":1440,\"height\":800,\"image_prompt\":\""
                + base64(HEADSHOT) + "\"}")));
    }

    @Test
    void pollingFollowsTheReturnedUrlUntilReadyAndTheSampleIsDownloadedWithItsSeed() {
        submitAnswers(BflModels.ULTRA);
        server.stubFor(get(urlPathEqualTo("/v1/get_result")).inScenario("task").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson("{\"id\":\"task-1\",\"status\":\"Pending\",\"progress\":0.4}")).willSetStateTo("ready"));
        server.stubFor(get(urlPathEqualTo("/v1/get_result")).inScenario("task").whenScenarioStateIs("ready")
                .willReturn(okJson("{\"id\":\"task-1\",\"status\":\"Ready\",\"result\":{\"sample\":\"" + server.baseUrl()
                        + "/delivery/task-1/sample.png\",\"seed\":4242,\"prompt\":\"...\"}}")));
        server.stubFor(get("/delivery/task-1/sample.png").willReturn(aResponse().withBody("png-bytes")));
        BflProvider bfl = provider();
        String pollingUrl = bfl.submit(marcus()).externalId();

        ProviderStatus pending = bfl.poll(pollingUrl);
        ProviderStatus ready = bfl.poll(pollingUrl);

        assertThat(pending.state()).isEqualTo(ProviderStatus.State.RUNNING);
        assertThat(pending.progress()).isEqualTo(40);
        assertThat(ready.state()).isEqualTo(ProviderStatus.State.SUCCEEDED);
        ProviderResult result = ready.results().getFirst();
        assertThat(result.seed()).isEqualTo(4242L);
        assertThat(new String(bfl.fetch(result), StandardCharsets.UTF_8)).isEqualTo("png-bytes");
        server.verify(2, getRequestedFor(urlEqualTo("/v1/get_result?id=task-1")).withHeader("x-key", equalTo(KEY)));
    }

    @Test
    void theKeyIsNotSentToAPollingUrlOffBflsOwnHosts() {
        server.stubFor(post("/v1/" + BflModels.ULTRA).willReturn(okJson("{\"id\":\"task-1\",\"polling_url\":\"http://127.0.0.1:"
                + server.port() + "/v1/get_result?id=task-1\"}")));
        BflProvider bfl = provider();
        String pollingUrl = bfl.submit(marcus()).externalId();

        assertThatThrownBy(() -> bfl.poll(pollingUrl)).isInstanceOf(ProviderRefusedException.class)
                .hasMessageContaining("polling URL on 127.0.0.1, which is not one of its hosts (localhost)")
                .hasMessageContaining("the API key is not sent there");
        server.verify(0, getRequestedFor(urlPathEqualTo("/v1/get_result")));
    }

    @Test
    void aResultLinkIntoTheStudiosNetworkIsNotDownloaded() {
        ProviderResult inward = new ProviderResult("http://127.0.0.1:" + server.port() + "/delivery/sample.png", null, 1L);
        server.stubFor(get("/delivery/sample.png").willReturn(aResponse().withBody("png-bytes")));

        assertThatThrownBy(() -> provider().fetch(inward)).hasMessageContaining("a loopback address");
        server.verify(0, getRequestedFor(urlPathEqualTo("/delivery/sample.png")));
    }

    @Test
    void moderationIsReportedInPlainWords() {
        server.stubFor(get(urlPathEqualTo("/v1/get_result")).willReturn(okJson("{\"id\":\"t\",\"status\":\"Content Moderated\",\"result\":null}")));

        ProviderStatus status = provider().poll(server.baseUrl() + "/v1/get_result?id=t");

        assertThat(status.state()).isEqualTo(ProviderStatus.State.FAILED);
        assertThat(status.reason()).contains("moderated the result", "content filter");
        server.stubFor(get(urlPathEqualTo("/v1/get_result")).willReturn(okJson("{\"id\":\"t\",\"status\":\"Request Moderated\"}")));
        assertThat(provider().poll(server.baseUrl() + "/v1/get_result?id=t").reason()).contains("moderated the request");
    }

    @Test
    void aRateLimitIsWaitedOutHonouringRetryAfterAndAServerErrorWhilePollingIsRetried() {
        server.stubFor(get(urlPathEqualTo("/v1/get_result")).inScenario("busy").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "0").withBody("{\"detail\":\"Too many requests\"}"))
                .willSetStateTo("broken"));
        server.stubFor(get(urlPathEqualTo("/v1/get_result")).inScenario("busy").whenScenarioStateIs("broken")
                .willReturn(aResponse().withStatus(500)).willSetStateTo("fine"));
        server.stubFor(get(urlPathEqualTo("/v1/get_result")).inScenario("busy").whenScenarioStateIs("fine")
                .willReturn(okJson("{\"id\":\"t\",\"status\":\"Pending\"}")));

        ProviderStatus status = provider().poll(server.baseUrl() + "/v1/get_result?id=t");

        assertThat(status.state()).isEqualTo(ProviderStatus.State.RUNNING);
        server.verify(3, getRequestedFor(urlPathEqualTo("/v1/get_result")));
    }

    @Test
    void aSubmitTurnedAwayWith429IsSentAgainButOneThatTimedOutOrFailedIsNot() {
        server.stubFor(post("/v1/flux-pro-1.1-ultra").inScenario("full").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "0")).willSetStateTo("free"));
        server.stubFor(post("/v1/flux-pro-1.1-ultra").inScenario("full").whenScenarioStateIs("free")
                .willReturn(okJson("{\"id\":\"t\",\"polling_url\":\"" + server.baseUrl() + "/v1/get_result?id=t\"}")));
        assertThat(provider().submit(marcus()).externalId()).endsWith("id=t");
        server.verify(2, postRequestedFor(urlEqualTo("/v1/flux-pro-1.1-ultra")));

        server.resetAll();
        server.stubFor(post("/v1/flux-pro-1.1-ultra").willReturn(okJson("{\"id\":\"t\"}").withFixedDelay(1500)));
        assertThatThrownBy(() -> provider().submit(marcus())).isInstanceOf(SubmissionUncertainException.class)
                .hasMessageContaining("may still be running and billed");
        server.verify(1, postRequestedFor(urlEqualTo("/v1/flux-pro-1.1-ultra")));

        server.resetAll();
        server.stubFor(post("/v1/flux-pro-1.1-ultra").willReturn(aResponse().withStatus(503)));
        assertThatThrownBy(() -> provider().submit(marcus())).isInstanceOf(SubmissionUncertainException.class).hasMessageContaining("HTTP 503");
        server.verify(1, postRequestedFor(urlEqualTo("/v1/flux-pro-1.1-ultra")));
    }

    @Test
    void refusalsSayWhy() {
        server.stubFor(post("/v1/flux-pro-1.1-ultra").willReturn(aResponse().withStatus(402).withBody("{\"detail\":\"Insufficient credits\"}")));
        assertThatThrownBy(() -> provider().submit(marcus())).isInstanceOf(ProviderRefusedException.class).hasMessageContaining("out of credits");

        server.stubFor(post("/v1/flux-pro-1.1-ultra").willReturn(aResponse().withStatus(422)
                .withBody("{\"detail\":[{\"loc\":[\"body\",\"aspect_ratio\"],\"msg\":\"Aspect ratio must be between 21:9 and 9:21\",\"type\":\"value_error\"}]}")));
        assertThatThrownBy(() -> provider().submit(marcus())).hasMessageContaining("Aspect ratio must be between 21:9 and 9:21");
        server.verify(2, postRequestedFor(urlEqualTo("/v1/flux-pro-1.1-ultra")));
    }

    @Test
    void malformedJsonWhilePollingFailsTheGenerationAndAnExpiredSampleSaysSo() {
        server.stubFor(get(urlPathEqualTo("/v1/get_result")).willReturn(okJson("{\"status\": \"Ready\", \"result\": {")));
        assertThatThrownBy(() -> provider().poll(server.baseUrl() + "/v1/get_result?id=t")).isInstanceOf(ProviderRefusedException.class)
                .hasMessageContaining("not the JSON");

        server.stubFor(get("/delivery/old.png").willReturn(aResponse().withStatus(403).withBody("Request has expired")));
        assertThatThrownBy(() -> provider().fetch(new ProviderResult(server.baseUrl() + "/delivery/old.png", null, 1L)))
                .isInstanceOf(ProviderRefusedException.class).hasMessageContaining("valid for 10 minutes");
    }

    @Test
    void cancelMakesNoCallAndTheConnectionTestAcceptsTaskNotFound() {
        provider().cancel(server.baseUrl() + "/v1/get_result?id=t");
        assertThat(server.getAllServeEvents()).isEmpty();

        server.stubFor(get(urlPathEqualTo("/v1/get_result")).willReturn(okJson("{\"id\":\"x\",\"status\":\"Task not found\"}")));
        assertThat(provider().testConnection()).contains("key was accepted", "Task not found");

        server.stubFor(get(urlPathEqualTo("/v1/get_result")).willReturn(aResponse().withStatus(403).withBody("{\"detail\":\"Not authenticated\"}")));
        assertThatThrownBy(() -> provider().testConnection()).hasMessageContaining("refused the API key");
    }
}
