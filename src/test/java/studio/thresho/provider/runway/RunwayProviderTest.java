package studio.thresho.provider.runway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
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
import studio.thresho.provider.VideoRequest;
import studio.thresho.provider.ProviderAttempts;
import studio.thresho.provider.http.ProviderCalls;
import studio.thresho.provider.http.ProviderHttp;
import studio.thresho.provider.SubmissionUncertainException;
import studio.thresho.provider.settings.ProviderConfig;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The Runway client against a stub that answers as providers.md describes: tagged references, task polling, errors. */
class RunwayProviderTest {

    static final String KEY = "rw-test-key";
    static final String PROMPT = "A medium shot of Marcus, a Black male barber in his mid-30s, wearing a black apron. "
            + "Set in Downtown Shop. Golden hour soft lighting.";
    static final String TAGGED_PROMPT = "A medium shot of @Marcus, a Black male barber in his mid-30s, wearing a black apron. "
            + "Set in @DowntownShop. Golden hour soft lighting.";
    static final byte[] HEADSHOT = "marcus-headshot".getBytes(StandardCharsets.UTF_8);
    static final byte[] SHOP = "downtown-shop".getBytes(StandardCharsets.UTF_8);
    static final byte[] STILL = "generated-still".getBytes(StandardCharsets.UTF_8);
    static final String TASK = "17f20503-6c24-4c16-946b-35dbbce2af2f";

    private WireMockServer server;
    private byte[] headshot = HEADSHOT;

    @BeforeEach
    void stubServer() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop();
    }

    private String model = "gen4_image";

    private RunwayProvider provider() {
        ProviderConfig config = new ProviderConfig(RunwayProvider.ID, true, server.baseUrl(), model, Map.of(), 4,
                Optional.of(KEY));
        ReferenceImages images = new ReferenceImages(null) {
            @Override
            public byte[] bytes(String mediaKey) {
                return switch (mediaKey) {
                    case "headshot" -> headshot;
                    case "still" -> STILL;
                    default -> SHOP;
                };
            }
        };
        return new RunwayProvider((id, defaults) -> config, new ProviderHttp(Duration.ofSeconds(2), Duration.ofMillis(700)),
                new ProviderCalls(Duration.ofMillis(5), Duration.ofMillis(50), new ProviderAttempts(null)), images);
    }

    private static ProviderRequest marcus() {
        return new ProviderRequest(UUID.randomUUID(), PROMPT, null, List.of(new ProviderReference("headshot", "character", "Marcus"),
                new ProviderReference("shop", "environment", "Downtown Shop")), "16:9", 1, 4242, null);
    }

    private static String dataUri(byte[] bytes) {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(bytes);
    }

    private void createAnswers(String path) {
        server.stubFor(post(path).willReturn(okJson("{\"id\":\"" + TASK + "\"}")));
    }

    private void taskAnswers(String json) {
        server.stubFor(get("/v1/tasks/" + TASK).willReturn(okJson(json)));
    }

    @Test
    void theMarcusExampleSendsTaggedReferencesAsDataUrisAndNamesThemInThePrompt() {
        createAnswers("/v1/text_to_image");

        String taskId = provider().submit(marcus()).externalId();

        assertThat(taskId).isEqualTo(TASK);
        server.verify(postRequestedFor(urlEqualTo("/v1/text_to_image"))
                .withHeader("Authorization", equalTo("Bearer " + KEY))
                .withHeader("X-Runway-Version", equalTo("2024-11-06"))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("{\"model\":\"gen4_image\",\"promptText\":\"" + TAGGED_PROMPT + "\",\"ratio\":\"1920:1080\","
                        + "\"seed\":4242,\"referenceImages\":[{\"uri\":\"" + dataUri(HEADSHOT) + "\",\"tag\":\"Marcus\"},"
                        + "{\"uri\":\"" + dataUri(SHOP) + "\",\"tag\":\"DowntownShop\"}]}")));
        JsonNode sent = JsonMapper.shared().readTree(server.getAllServeEvents().getFirst().getRequest().getBodyAsString());
        String prompt = sent.path("promptText").asString();
        for (JsonNode reference : sent.path("referenceImages")) {
            String tag = reference.path("tag").asString();
            assertThat(tag).matches(RunwayTags.VALID);
            assertThat(prompt).contains("@" + tag);
        }
    }

    @Test
    void tagsAreValidUniqueAndMentionedEvenWhenTheNameIsNotInThePrompt() {
        List<String> names = List.of("Marcus", "Downtown Shop", "Ö 7", "Marcus", "The Extraordinarily Long Prop Name", "Café Noir");
        List<String> tags = RunwayTags.tags(names);

        assertThat(tags).containsExactly("Marcus", "DowntownShop", "Ref3", "Marcus2", "TheExtraordinari", "CafeNoir");
        assertThat("Marcus_2").matches(RunwayTags.VALID);
        assertThat("A".repeat(17)).doesNotMatch(RunwayTags.VALID);
        assertThat("_abc").doesNotMatch(RunwayTags.VALID);
        assertThat(tags).allSatisfy(tag -> assertThat(tag).matches(RunwayTags.VALID));
        String prompt = RunwayTags.prompt("Marcus sweeps the floor of the downtown shop", names.subList(0, 3), tags.subList(0, 3));
        assertThat(prompt).isEqualTo("@Marcus sweeps the floor of the @DowntownShop. Reference: @Ref3.");
        assertThat(RunwayTags.prompt("A quiet street.", List.of("Marcus"), List.of("Marcus")))
                .isEqualTo("A quiet street. Reference: @Marcus.");
    }

    @Test
    void aTaskIsPolledThroughQueueAndProgressToItsOutputWhichIsDownloaded() {
        createAnswers("/v1/text_to_image");
        String[] answers = {"{\"id\":\"" + TASK + "\",\"status\":\"PENDING\"}", "{\"id\":\"" + TASK + "\",\"status\":\"THROTTLED\"}",
                "{\"id\":\"" + TASK + "\",\"status\":\"RUNNING\",\"progress\":0.42}",
                "{\"id\":\"" + TASK + "\",\"status\":\"SUCCEEDED\",\"output\":[\"" + server.baseUrl() + "/output/" + TASK + ".png\"]}"};
        for (int i = 0; i < answers.length; i++) {
            server.stubFor(get("/v1/tasks/" + TASK).inScenario("task").whenScenarioStateIs(i == 0 ? Scenario.STARTED : "step" + i)
                    .willReturn(okJson(answers[i])).willSetStateTo("step" + (i + 1)));
        }
        server.stubFor(get("/output/" + TASK + ".png").willReturn(aResponse().withBody("png-bytes")));
        RunwayProvider runway = provider();
        String taskId = runway.submit(marcus()).externalId();

        ProviderStatus pending = runway.poll(taskId);
        ProviderStatus throttled = runway.poll(taskId);
        ProviderStatus running = runway.poll(taskId);
        ProviderStatus done = runway.poll(taskId);

        assertThat(pending.state()).isEqualTo(ProviderStatus.State.QUEUED);
        assertThat(throttled.state()).isEqualTo(ProviderStatus.State.QUEUED);
        assertThat(throttled.reason()).isNull();
        assertThat(running.state()).isEqualTo(ProviderStatus.State.RUNNING);
        assertThat(running.progress()).isEqualTo(42);
        assertThat(done.state()).isEqualTo(ProviderStatus.State.SUCCEEDED);
        ProviderResult result = done.results().getFirst();
        assertThat(result.downloadUrl()).isEqualTo(server.baseUrl() + "/output/" + TASK + ".png");
        assertThat(new String(runway.fetch(result), StandardCharsets.UTF_8)).isEqualTo("png-bytes");
        server.verify(4, getRequestedFor(urlEqualTo("/v1/tasks/" + TASK)).withHeader("Authorization", equalTo("Bearer " + KEY))
                .withHeader("X-Runway-Version", equalTo("2024-11-06")));
    }

    @Test
    void moderationAndOtherFailuresAreReportedInPlainWords() {
        taskAnswers("{\"id\":\"" + TASK + "\",\"status\":\"FAILED\",\"failure\":\"Input image flagged by content moderation\","
                + "\"failureCode\":\"SAFETY.INPUT.IMAGE\"}");
        ProviderStatus moderated = provider().poll(TASK);
        assertThat(moderated.state()).isEqualTo(ProviderStatus.State.FAILED);
        assertThat(moderated.reason()).contains("content moderation flagged the prompt or an input image", "SAFETY.INPUT.IMAGE");

        taskAnswers("{\"id\":\"" + TASK + "\",\"status\":\"FAILED\",\"failure\":\"An unexpected error occurred\",\"failureCode\":\"INTERNAL\"}");
        assertThat(provider().poll(TASK).reason()).contains("internal error", "generating again usually works");

        taskAnswers("{\"id\":\"" + TASK + "\",\"status\":\"CANCELLED\"}");
        assertThat(provider().poll(TASK).state()).isEqualTo(ProviderStatus.State.CANCELLED);

        server.stubFor(post("/v1/text_to_image").willReturn(aResponse().withStatus(400)
                .withBody("{\"error\":\"Reference image tag must be unique\"}")));
        assertThatThrownBy(() -> provider().submit(marcus())).isInstanceOf(ProviderRefusedException.class)
                .hasMessageContaining("refused the request as invalid: Reference image tag must be unique");
        server.stubFor(post("/v1/text_to_image").willReturn(aResponse().withStatus(401).withBody("{\"error\":\"Invalid API key\"}")));
        assertThatThrownBy(() -> provider().submit(marcus())).hasMessageContaining("refused the API key");
    }

    @Test
    void aRateLimitAndAServerErrorWhilePollingAreWaitedOut() {
        server.stubFor(get("/v1/tasks/" + TASK).inScenario("busy").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "0").withBody("{\"error\":\"Too many requests\"}"))
                .willSetStateTo("broken"));
        server.stubFor(get("/v1/tasks/" + TASK).inScenario("busy").whenScenarioStateIs("broken")
                .willReturn(aResponse().withStatus(502)).willSetStateTo("fine"));
        server.stubFor(get("/v1/tasks/" + TASK).inScenario("busy").whenScenarioStateIs("fine")
                .willReturn(okJson("{\"id\":\"" + TASK + "\",\"status\":\"RUNNING\",\"progress\":0.1}")));

        ProviderStatus status = provider().poll(TASK);

        assertThat(status.state()).isEqualTo(ProviderStatus.State.RUNNING);
        assertThat(status.progress()).isEqualTo(10);
        server.verify(3, getRequestedFor(urlEqualTo("/v1/tasks/" + TASK)));
    }

    @Test
    void aDailyLimitOnSubmitIsExplainedAndAFailedSubmitIsNotRepeated() {
        server.stubFor(post("/v1/text_to_image").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "0")
                .withBody("{\"error\":\"You have exceeded your daily task limit\"}")));
        assertThatThrownBy(() -> provider().submit(marcus())).isInstanceOf(ProviderRefusedException.class)
                .hasMessageContaining("daily generation limit", "exceeded your daily task limit", "rolling 24 hours", "not retried");
        server.verify(1, postRequestedFor(urlEqualTo("/v1/text_to_image")));

        server.resetAll();
        server.stubFor(post("/v1/text_to_image").willReturn(aResponse().withStatus(503)));
        assertThatThrownBy(() -> provider().submit(marcus())).isInstanceOf(SubmissionUncertainException.class).hasMessageContaining("HTTP 503");
        server.verify(1, postRequestedFor(urlEqualTo("/v1/text_to_image")));
    }

    @Test
    void malformedJsonWhilePollingFailsTheGeneration() {
        server.stubFor(get("/v1/tasks/" + TASK).willReturn(okJson("{\"id\": \"x\", \"status\": ")));

        assertThatThrownBy(() -> provider().poll(TASK)).isInstanceOf(ProviderRefusedException.class).hasMessageContaining("not the JSON");
    }

    @Test
    void cancelDeletesTheTaskAndAnUnknownTaskIsNoError() {
        server.stubFor(delete("/v1/tasks/" + TASK).willReturn(aResponse().withStatus(204)));
        provider().cancel(TASK);
        server.verify(deleteRequestedFor(urlEqualTo("/v1/tasks/" + TASK)).withHeader("Authorization", equalTo("Bearer " + KEY))
                .withHeader("X-Runway-Version", equalTo("2024-11-06")));

        server.stubFor(delete("/v1/tasks/gone").willReturn(aResponse().withStatus(404).withBody("{\"error\":\"Not found\"}")));
        provider().cancel("gone");
    }

    @Test
    void aVideoAnimatesTheStillInRunwaysRatioAndDuration() {
        createAnswers("/v1/image_to_video");
        provider().submitVideo(new VideoRequest(UUID.randomUUID(), "Marcus nods.", "still", "16:9", 2, null, null));
        server.verify(postRequestedFor(urlEqualTo("/v1/image_to_video")).withRequestBody(equalToJson("{\"duration\":2}", true, true)));
        server.resetRequests();

        String taskId = provider().submitVideo(new VideoRequest(UUID.randomUUID(), "Marcus looks up and smiles.", "still", "16:9", 10,
                4242L, null)).externalId();

        assertThat(taskId).isEqualTo(TASK);
        server.verify(postRequestedFor(urlEqualTo("/v1/image_to_video")).withHeader("X-Runway-Version", equalTo("2024-11-06"))
                .withRequestBody(equalToJson("{\"model\":\"gen4_turbo\",\"promptImage\":\"" + dataUri(STILL) + "\","
                        + "\"promptText\":\"Marcus looks up and smiles.\",\"ratio\":\"1280:720\",\"duration\":10,\"seed\":4242}")));
    }

    @Test
    void limitsAreCheckedBeforeAnythingIsSent() {
        assertThatThrownBy(() -> provider().submitVideo(new VideoRequest(UUID.randomUUID(), "x", "still", "1280:720", 11, null, null)))
                .isInstanceOf(ProviderRefusedException.class).hasMessageContaining("gen4_turbo makes videos of 2 to 10 seconds, not 11");
        assertThatThrownBy(() -> provider().submitVideo(new VideoRequest(UUID.randomUUID(), "x".repeat(1001), "still", "1104:832", 5, null,
                null))).hasMessageContaining("1000 characters at most");
        assertThatThrownBy(() -> provider().submitVideo(new VideoRequest(UUID.randomUUID(), "x", "still", "2:1", 5, null, null)))
                .hasMessageContaining("1280:720, 720:1280");
        headshot = new byte[4 * 1024 * 1024];
        assertThatThrownBy(() -> provider().submit(marcus())).isInstanceOf(ProviderRefusedException.class)
                .hasMessageContaining("up to 5 MB", "Marcus");
        assertThat(server.getAllServeEvents()).isEmpty();
    }

    @Test
    void theConnectionTestReadsTheOrganization() {
        server.stubFor(get("/v1/organization").willReturn(okJson("{\"tier\":{\"maxMonthlyCreditSpend\":10000,\"models\":{}},"
                + "\"creditBalance\":4200,\"usage\":{\"models\":{}}}")));
        assertThat(provider().testConnection()).contains("key was accepted (4200 credits left)");
        LoggedRequest sent = server.getAllServeEvents().getFirst().getRequest();
        assertThat(sent.getHeader("X-Runway-Version")).isEqualTo("2024-11-06");
        assertThat(sent.getHeader("Authorization")).isEqualTo("Bearer " + KEY);

        server.stubFor(get("/v1/organization").willReturn(aResponse().withStatus(401).withBody("{\"error\":\"Unauthorized\"}")));
        assertThatThrownBy(() -> provider().testConnection()).hasMessageContaining("refused the API key");
    }

    @Test
    void gen4ImageTurboNeedsAReferenceAndARetiredVideoModelIsRefusedBeforeAnyRequest() {
        model = "gen4_image_turbo";
        assertThatThrownBy(() -> provider().submit(new ProviderRequest(UUID.randomUUID(), "A quiet street.", null, List.of(), "16:9", 1,
                1, null))).isInstanceOf(ProviderRefusedException.class).hasMessageContaining("gen4_image_turbo needs 1 to 3 reference images and this generation has 0");

        assertThatThrownBy(() -> provider().submitVideo(new VideoRequest(UUID.randomUUID(), "x", "still", "16:9", 5, null, "gen3a_turbo")))
                .hasMessageContaining("no longer serves gen3a_turbo (retired): use gen4_turbo instead");
        assertThat(server.getAllServeEvents()).isEmpty();
        assertThat(provider().seedRange()).isEqualTo(studio.thresho.provider.SeedRange.UNSIGNED_32_BIT);
    }

    @Test
    void gen4ImageTurboSendsItsReferencesAndItsRefusalIsExplained() {
        model = "gen4_image_turbo";
        createAnswers("/v1/text_to_image");

        provider().submit(marcus());

        server.verify(1, postRequestedFor(urlEqualTo("/v1/text_to_image")).withRequestBody(matchingJsonPath("$.model", equalTo("gen4_image_turbo")))
                .withRequestBody(matchingJsonPath("$.referenceImages[1].tag", equalTo("DowntownShop"))));
        server.stubFor(post("/v1/text_to_image").willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                .withBody("{\"error\":\"referenceImages: Array must contain at least 1 element(s)\"}")));
        assertThatThrownBy(() -> provider().submit(marcus())).isInstanceOf(ProviderRefusedException.class)
                .hasMessageContaining("Array must contain at least 1 element(s)");
    }

    @Test
    void gen45AnimatesAStillAndMakesAVideoFromThePromptAlone() {
        createAnswers("/v1/image_to_video");
        createAnswers("/v1/text_to_video");

        provider().submitVideo(new VideoRequest(UUID.randomUUID(), "Marcus sweeps the floor.", "still", "9:16", 7, 9L, "gen4.5"));
        provider().submitVideo(new VideoRequest(UUID.randomUUID(), "Rain on the shop window at night.", null, "16:9", 4, null, "gen4.5"));

        server.verify(postRequestedFor(urlEqualTo("/v1/image_to_video")).withRequestBody(equalToJson("{\"model\":\"gen4.5\",\"promptImage\":\""
                + dataUri(STILL) + "\",\"promptText\":\"Marcus sweeps the floor.\",\"ratio\":\"720:1280\",\"duration\":7,\"seed\":9}")));
        server.verify(postRequestedFor(urlEqualTo("/v1/text_to_video")).withHeader("X-Runway-Version", equalTo("2024-11-06"))
                .withRequestBody(equalToJson("{\"model\":\"gen4.5\",\"promptText\":\"Rain on the shop window at night.\","
                        + "\"ratio\":\"1280:720\",\"duration\":4}")));
        server.resetRequests();

        assertThatThrownBy(() -> provider().submitVideo(new VideoRequest(UUID.randomUUID(), "Rain.", null, "16:9", 5, null, "gen4_turbo")))
                .isInstanceOf(ProviderRefusedException.class).hasMessageContaining("gen4_turbo animates a still");
        assertThatThrownBy(() -> provider().submitVideo(new VideoRequest(UUID.randomUUID(), " ", null, "16:9", 5, null, "gen4.5")))
                .hasMessageContaining("from its prompt: write one");
        assertThatThrownBy(() -> provider().submitVideo(new VideoRequest(UUID.randomUUID(), "Rain.", null, "16:9", 1, null, "gen4.5")))
                .hasMessageContaining("gen4.5 makes videos of 2 to 10 seconds, not 1");
        assertThat(server.getAllServeEvents()).isEmpty();

        server.stubFor(post("/v1/text_to_video").willReturn(aResponse().withStatus(429).withHeader("Content-Type", "application/json")
                .withBody("{\"error\":\"You have exceeded your daily generation limit.\"}")));
        assertThatThrownBy(() -> provider().submitVideo(new VideoRequest(UUID.randomUUID(), "Rain.", null, "16:9", 5, null, "gen4.5")))
                .isInstanceOf(ProviderRefusedException.class).hasMessageContaining("daily");
        server.verify(1, postRequestedFor(urlEqualTo("/v1/text_to_video")));
    }
}
