package studio.thresho.provider.openai;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import studio.thresho.base.UserFacingException;
import studio.thresho.provider.ProviderRefusedException;
import studio.thresho.provider.ProviderAttempts;
import studio.thresho.provider.http.ProviderCalls;
import studio.thresho.provider.http.ProviderHttp;
import studio.thresho.provider.settings.ProviderConfig;

/** Describing a headshot with the vision model: one user message with the instruction and the image as a data URL. */
class OpenAiVisionTest {

    static final String KEY = "sk-test-openai";
    static final String CHAT = "/v1/chat/completions";
    static final String INSTRUCTION = "Describe this person's appearance for an image prompt: age, hair, build, clothing.";
    /** The PNG signature and the start of an IHDR chunk: enough to be recognised as a PNG. */
    static final byte[] HEADSHOT = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    static final String DESCRIPTION = "A Black man in his mid-30s with a short fade and a trimmed beard, wearing a black apron.";

    private WireMockServer server;
    private Map<String, Object> settings = Map.of("quality", "high", "vision_model", "gpt-6-luna");

    @BeforeEach
    void stubServer() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop();
    }

    private OpenAiVision vision() {
        ProviderConfig config = new ProviderConfig(OpenAiProvider.ID, true, server.baseUrl() + "/v1", "gpt-image-2", settings, 4,
                Optional.of(KEY));
        return new OpenAiVision((id, defaults) -> config, new ProviderHttp(Duration.ofSeconds(2), Duration.ofSeconds(5)),
                new ProviderCalls(Duration.ofMillis(5), Duration.ofMillis(50), new ProviderAttempts(null)));
    }

    private static String answer(String message) {
        return "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion\",\"model\":\"gpt-4o-mini-2024-07-18\",\"choices\":[{\"index\":0,"
                + "\"message\":" + message + ",\"finish_reason\":\"stop\"}]}";
    }

    @Test
    void theImageTravelsAsADataUrlBesideTheInstructionAndTheFirstChoiceIsTheDescription() {
        server.stubFor(post(CHAT).willReturn(okJson(answer("{\"role\":\"assistant\",\"content\":\"" + DESCRIPTION + "\",\"refusal\":null}"))));

        String description = vision().describe(HEADSHOT, INSTRUCTION);

        assertThat(description).isEqualTo(DESCRIPTION);
        server.verify(postRequestedFor(urlEqualTo(CHAT))
                .withHeader("Authorization", equalTo("Bearer " + KEY))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("{\"model\":\"gpt-6-luna\",\"messages\":[{\"role\":\"user\",\"content\":["
                        + "{\"type\":\"text\",\"text\":\"" + INSTRUCTION + "\"},"
                        + "{\"type\":\"image_url\",\"image_url\":{\"url\":\"data:image/png;base64,"
                        + Base64.getEncoder().encodeToString(HEADSHOT) + "\"}}]}]}")));
    }

    @Test
    void theVisionModelCanBeChosenInTheProviderParameters() {
        settings = Map.of("vision_model", "gpt-4o");
        server.stubFor(post(CHAT).willReturn(okJson(answer("{\"role\":\"assistant\",\"content\":\"" + DESCRIPTION + "\"}"))));

        vision().describe(HEADSHOT, INSTRUCTION);

        server.verify(postRequestedFor(urlEqualTo(CHAT)).withRequestBody(equalToJson("{\"model\":\"gpt-4o\"}", true, true)));
        assertThat(vision().available()).isTrue();
    }

    @Test
    void withoutAVisionModelSetDescriptionsAreNotOfferedAndAskingSaysWhereToSetOne() {
        settings = Map.of("quality", "high");

        assertThat(vision().available()).isFalse();
        assertThatThrownBy(() -> vision().describe(HEADSHOT, INSTRUCTION)).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("No vision model is set").hasMessageContaining("\"vision_model\"");
        assertThat(server.getAllServeEvents()).isEmpty();
    }

    @Test
    void refusalsAndFailuresSayWhy() {
        server.stubFor(post(CHAT).willReturn(okJson(answer("{\"role\":\"assistant\",\"content\":null,"
                + "\"refusal\":\"I can't help with identifying people.\"}"))));
        assertThatThrownBy(() -> vision().describe(HEADSHOT, INSTRUCTION)).isInstanceOf(ProviderRefusedException.class)
                .hasMessage("OpenAI declined to describe the image: I can't help with identifying people.");

        server.stubFor(post(CHAT).willReturn(aResponse().withStatus(401).withBody("{\"error\":{\"message\":\"Incorrect API key provided.\","
                + "\"type\":\"invalid_request_error\",\"param\":null,\"code\":\"invalid_api_key\"}}")));
        assertThatThrownBy(() -> vision().describe(HEADSHOT, INSTRUCTION)).isInstanceOf(ProviderRefusedException.class)
                .hasMessageContaining("refused the API key (HTTP 401)");

        server.resetAll();
        server.stubFor(post(CHAT).willReturn(aResponse().withStatus(500)));
        assertThatThrownBy(() -> vision().describe(HEADSHOT, INSTRUCTION)).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("did not answer the description request (HTTP 500); try again");
        server.verify(1, postRequestedFor(urlEqualTo(CHAT)));

        server.stubFor(post(CHAT).willReturn(okJson("{\"choices\": [")));
        assertThatThrownBy(() -> vision().describe(HEADSHOT, INSTRUCTION)).isInstanceOf(ProviderRefusedException.class)
                .hasMessageContaining("not the JSON it documents");
    }
}
