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
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
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
    private String model = "flux-pro-1.1-ultra";
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

    private BflProvider provider() {
        ProviderConfig config = new ProviderConfig(BflProvider.ID, true, server.baseUrl(), model, withSafety(settings), 24,
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

    private static Map<String, Object> withSafety(Map<String, Object> settings) {
        Map<String, Object> all = new java.util.LinkedHashMap<>(settings);
        all.put("safety_tolerance", 2);
        return all;
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
        submitAnswers("flux-pro-1.1-ultra");

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
        model = "flux-kontext-pro";
        submitAnswers("flux-kontext-pro");
        provider().submit(marcus());
        server.verify(postRequestedFor(urlEqualTo("/v1/flux-kontext-pro")).withRequestBody(equalToJson("{\"safety_tolerance\":2,"
                + "\"prompt\":\"" + PROMPT + "\",\"seed\":4242,\"output_format\":\"png\",\"aspect_ratio\":\"16:9\",\"input_image\":\""
                + base64(HEADSHOT) + "\",\"input_image_2\":\"" + base64(SHOP) + "\"}")));

        model = "flux-pro-1.1";
        submitAnswers("flux-pro-1.1");
        provider().submit(marcus());
        server.verify(postRequestedFor(urlEqualTo("/v1/flux-pro-1.1")).withRequestBody(equalToJson("{\"safety_tolerance\":2,"
                + "\"prompt\":\"" + PROMPT + "\",\"seed\":4242,\"output_format\":\"png\",\"width\":1440,\"height\":800,\"image_prompt\":\""
                + base64(HEADSHOT) + "\"}")));
    }

    @Test
    void pollingFollowsTheReturnedUrlUntilReadyAndTheSampleIsDownloadedWithItsSeed() {
        submitAnswers("flux-pro-1.1-ultra");
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
        server.stubFor(post("/v1/" + "flux-pro-1.1-ultra").willReturn(okJson("{\"id\":\"task-1\",\"polling_url\":\"http://127.0.0.1:"
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
    void cancelMakesNoCallAndTheConnectionTestReadsTheCredits() {
        provider().cancel(server.baseUrl() + "/v1/get_result?id=t");
        assertThat(server.getAllServeEvents()).isEmpty();

        server.stubFor(get("/v1/credits").willReturn(okJson("{\"credits\": 1234.5}")));
        assertThat(provider().testConnection()).contains("key was accepted", "1234.5 credits left")
                .contains("flux-pro-1.1-ultra is legacy", "recommends flux-2-max");
        server.verify(getRequestedFor(urlEqualTo("/v1/credits")).withHeader("x-key", equalTo(KEY)));

        server.stubFor(get("/v1/credits").willReturn(aResponse().withStatus(403).withBody("{\"detail\":\"Not authenticated\"}")));
        assertThatThrownBy(() -> provider().testConnection()).hasMessageContaining("refused the API key");
    }

    @Test
    void theDefaultFlux2ProTakesTheMarcusExampleWithBothReferencesAndASizeInMultiplesOf16() {
        model = provider().defaults().model();
        assertThat(model).isEqualTo("flux-2-pro");
        submitAnswers("flux-2-pro");

        String pollingUrl = provider().submit(marcus()).externalId();

        assertThat(pollingUrl).isEqualTo(server.baseUrl() + "/v1/get_result?id=task-1");
        server.verify(postRequestedFor(urlEqualTo("/v1/flux-2-pro")).withHeader("x-key", equalTo(KEY)).withRequestBody(equalToJson(
                "{\"safety_tolerance\":2,\"prompt\":\"" + PROMPT + "\",\"seed\":4242,\"output_format\":\"png\",\"width\":1440,"
                        + "\"height\":816,\"input_image\":\"" + base64(HEADSHOT) + "\",\"input_image_2\":\"" + base64(SHOP) + "\"}")));
        assertThat(provider().capabilities().maxReferences()).isEqualTo(8);
        assertThat(provider().modelStanding()).isEmpty();
        assertThat(BflModels.flux2Size("1:1", Map.of("long_side", 4096))).as("at most 4 MP")
                .isEqualTo(new studio.thresho.provider.AspectRatio.Size(2048, 2048));
    }

    @Test
    void kleinTakesFourReferencesAndNoPromptUpsamplingAndFlexChecksStepsAndGuidance() {
        model = "flux-2-klein-4b";
        settings = Map.of("prompt_upsampling", true, "steps", 30);
        submitAnswers(model);
        ProviderRequest many = new ProviderRequest(UUID.randomUUID(), PROMPT, null, java.util.stream.IntStream.range(0, 6)
                .mapToObj(i -> new ProviderReference("headshot", "character", "Marcus " + i)).toList(), "1:1", 1, 7, null);
        provider().submit(many);
        LoggedRequest klein = server.findAll(postRequestedFor(urlEqualTo("/v1/flux-2-klein-4b"))).getFirst();
        assertThat(klein.getBodyAsString()).contains("\"input_image_4\"").doesNotContain("input_image_5", "prompt_upsampling", "steps");

        model = "flux-2-flex";
        settings = Map.of("steps", 30, "guidance", 4.5);
        submitAnswers(model);
        provider().submit(marcus());
        server.verify(postRequestedFor(urlEqualTo("/v1/flux-2-flex")).withRequestBody(equalToJson("{\"steps\":30,\"guidance\":4.5}", true, true)));

        settings = Map.of("guidance", 12);
        assertThatThrownBy(() -> provider().submit(marcus())).isInstanceOf(ProviderRefusedException.class)
                .hasMessageContaining("\"guidance\" is a number from 1.5 to 10");
        server.verify(1, postRequestedFor(urlEqualTo("/v1/flux-2-flex")));
    }

    @Test
    void aSubmitAnsweredWithoutPollingUrlBecauseOfAWebhookIsAcceptedAndPolledById() {
        model = "flux-2-pro";
        settings = Map.of("webhook_url", "https://studio.example/hooks/bfl");
        server.stubFor(post("/v1/flux-2-pro").willReturn(okJson("{\"id\":\"task-9\",\"status\":\"Pending\",\"webhook_url\":"
                + "\"https://studio.example/hooks/bfl\"}")));

        String externalId = provider().submit(marcus()).externalId();

        assertThat(externalId).isEqualTo(server.baseUrl() + "/v1/get_result?id=task-9");
        server.stubFor(get(urlPathEqualTo("/v1/get_result")).willReturn(okJson("{\"id\":\"task-9\",\"status\":\"Error\",\"result\":null,"
                + "\"details\":{\"message\":\"Failed to download input_image_2\"}}")));
        ProviderStatus status = provider().poll(externalId);
        assertThat(status.state()).isEqualTo(ProviderStatus.State.FAILED);
        assertThat(status.reason()).isEqualTo(BflProvider.NAME + " reported an error: {\"message\":\"Failed to download input_image_2\"}");
    }

    @Test
    void outOfCreditsIsNeverRetriedButTooManyActiveTasksIs() {
        model = "flux-2-pro";
        server.stubFor(post("/v1/flux-2-pro").willReturn(aResponse().withStatus(402).withBody("{\"detail\":\"Insufficient credits\"}")));
        assertThatThrownBy(() -> provider().submit(marcus())).hasMessageContaining("out of credits").hasMessageContaining("not retried");
        server.verify(1, postRequestedFor(urlEqualTo("/v1/flux-2-pro")));

        server.resetAll();
        server.stubFor(post("/v1/flux-2-pro").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "0")
                .withBody("{\"detail\":\"You have exceeded the number of active tasks (24).\"}")));
        assertThatThrownBy(() -> provider().submit(marcus())).hasMessageContaining("too many active tasks");
        server.verify(5, postRequestedFor(urlEqualTo("/v1/flux-2-pro")));
    }

    @Test
    void aRetiredFinetuneEndpointIsRefusedBeforeAnyRequest() {
        model = "flux-pro-1.1-ultra-finetuned";
        assertThatThrownBy(() -> provider().submit(marcus())).isInstanceOf(ProviderRefusedException.class)
                .hasMessageContaining("no longer serves flux-pro-1.1-ultra-finetuned (retired): use flux-2-pro");
        assertThat(server.getAllServeEvents()).isEmpty();
    }
}
