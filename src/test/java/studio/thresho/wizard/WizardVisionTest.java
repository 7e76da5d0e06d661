package studio.thresho.wizard;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import studio.thresho.media.MediaService;
import studio.thresho.provider.ProviderAttempts;
import studio.thresho.provider.http.ProviderCalls;
import studio.thresho.provider.http.ProviderHttp;
import studio.thresho.provider.openai.OpenAiProvider;
import studio.thresho.provider.openai.OpenAiVision;
import studio.thresho.provider.settings.ProviderConfig;
import studio.thresho.security.TestLogins;
import studio.thresho.testsupport.IntegrationTest;
import studio.thresho.testsupport.Workspace;

/**
 * Step 4 with a vision model set up: the physical description is written by OpenAI's vision model
 * from the chosen headshot (a WireMock stub speaking the chat completions contract), and a failing
 * model leaves the user's own description with the reason.
 */
@IntegrationTest
class WizardVisionTest {

    static final String CHAT = "/v1/chat/completions";
    static final String WRITTEN = "Woman in her early 30s with olive skin and dark wavy shoulder-length hair, athletic build.";

    @Autowired
    WizardFixture fixture;
    @Autowired
    WizardSessions sessions;
    @Autowired
    MediaService media;
    @Autowired
    WizardTalentWriter writer;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    Workspace workspace;

    private WireMockServer server;

    @BeforeEach
    void editorAndStub() {
        workspace.editorInNewProject("Wizard vision");
        server = new WireMockServer(options().dynamicPort());
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop();
        TestLogins.logout();
    }

    private WizardTalentService withVision() {
        ProviderConfig config = new ProviderConfig(OpenAiProvider.ID, true, server.baseUrl() + "/v1", "gpt-image-2",
                Map.of("vision_model", "gpt-6-luna"), 4, Optional.of("sk-test-openai"));
        OpenAiVision vision = new OpenAiVision((id, defaults) -> config, new ProviderHttp(Duration.ofSeconds(2), Duration.ofSeconds(5)),
                new ProviderCalls(Duration.ofMillis(5), Duration.ofMillis(50), new ProviderAttempts(null)));
        return new WizardTalentService(sessions, vision, media, writer, events);
    }

    @Test
    void theVisionModelWritesThePhysicalDescriptionFromTheChosenHeadshot() {
        server.stubFor(post(CHAT).willReturn(okJson("{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion\",\"choices\":[{\"index\":0,"
                + "\"message\":{\"role\":\"assistant\",\"content\":\"" + WRITTEN + "\",\"refusal\":null},\"finish_reason\":\"stop\"}]}")));
        WizardSessionView sheet = fixture.atStepThree();

        WizardSessionView profile = withVision().toProfile(sheet.id());

        assertThat(profile.status()).isEqualTo(WizardStatus.STEP4);
        assertThat(profile.profile().physicalDescription()).isEqualTo(WRITTEN);
        assertThat(profile.descriptionNote()).contains("Written by OpenAI's vision model");
        server.verify(postRequestedFor(urlEqualTo(CHAT)).withRequestBody(matchingJsonPath("$.model", equalTo("gpt-6-luna")))
                .withRequestBody(matchingJsonPath("$.messages[0].content[0].text", equalTo(WizardTalentService.VISION_INSTRUCTION)))
                .withRequestBody(matchingJsonPath("$.messages[0].content[1].image_url.url", matching("data:image/png;base64,.+"))));
    }

    @Test
    void aVisionModelThatFailsLeavesTheStepOneDescriptionAndSaysWhy() {
        server.stubFor(post(CHAT).willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"message\":\"Incorrect API key provided\",\"type\":\"invalid_request_error\",\"code\":\"invalid_api_key\"}}")));
        WizardSessionView sheet = fixture.atStepThree();

        WizardSessionView profile = withVision().toProfile(sheet.id());

        assertThat(profile.profile().physicalDescription()).isEqualTo(WizardFixture.ELENA);
        assertThat(profile.descriptionNote()).contains("could not describe the headshot", "step-1 description");
    }
}
