package studio.thresho.provider.comfyui;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
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
import studio.thresho.provider.settings.ProviderConfig;
import tools.jackson.databind.json.JsonMapper;

/** The ComfyUI client against a stub answering like its server API: upload, queue, history, view. */
class ComfyUiProviderTest {

    static final String PROMPT = "A medium shot of Marcus, a Black male barber in his mid-30s, wearing a black apron. "
            + "Set in Downtown Shop. Golden hour soft lighting.";
    static final byte[] HEADSHOT = "marcus-headshot".getBytes(StandardCharsets.UTF_8);
    static final String PROMPT_ID = "5f1c1c4e-9d7a-4a0e-8a51-3c2d0c9e7b11";
    /** The default workflow with IP-Adapter nodes added as package-info.java describes. */
    static final String IP_ADAPTER_WORKFLOW = """
            {
              "4": {"class_type": "CheckpointLoaderSimple", "inputs": {"ckpt_name": "{{checkpoint}}"}},
              "5": {"class_type": "EmptyLatentImage", "inputs": {"width": "{{width}}", "height": "{{height}}", "batch_size": 1}},
              "6": {"class_type": "CLIPTextEncode", "inputs": {"text": "{{prompt}}", "clip": ["4", 1]}},
              "7": {"class_type": "CLIPTextEncode", "inputs": {"text": "{{negative_prompt}}", "clip": ["4", 1]}},
              "10": {"class_type": "LoadImage", "inputs": {"image": "{{reference_image}}"}},
              "11": {"class_type": "IPAdapterUnifiedLoader", "inputs": {"model": ["4", 0], "preset": "PLUS FACE (portraits)"}},
              "12": {"class_type": "IPAdapter", "inputs": {"model": ["11", 0], "ipadapter": ["11", 1], "image": ["10", 0], "weight": 0.8}},
              "3": {"class_type": "KSampler", "inputs": {"seed": "{{seed}}", "steps": 30, "cfg": 7, "sampler_name": "dpmpp_2m",
                    "scheduler": "karras", "denoise": 1, "model": ["12", 0], "positive": ["6", 0], "negative": ["7", 0], "latent_image": ["5", 0]}},
              "8": {"class_type": "VAEDecode", "inputs": {"samples": ["3", 0], "vae": ["4", 2]}},
              "9": {"class_type": "SaveImage", "inputs": {"filename_prefix": "thresho", "images": ["8", 0]}}
            }""";

    private WireMockServer server;
    private final Map<String, Object> parameters = new HashMap<>();

    @BeforeEach
    void stubServer() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop();
    }

    private ComfyUiProvider provider() {
        ProviderConfig config = new ProviderConfig(ComfyUiProvider.ID, true, server.baseUrl(), null, parameters, 1, Optional.empty());
        ReferenceImages images = new ReferenceImages(null) {
            @Override
            public byte[] bytes(String mediaKey) {
                return HEADSHOT;
            }
        };
        return new ComfyUiProvider((id, defaults) -> config, new ProviderHttp(Duration.ofSeconds(2), Duration.ofSeconds(2)),
                new ProviderCalls(Duration.ofMillis(5), Duration.ofMillis(50), new ProviderAttempts(null)), images);
    }

    private static ProviderRequest marcus() {
        return new ProviderRequest(UUID.fromString("00000000-0000-0000-0000-000000004242"), PROMPT, null,
                List.of(new ProviderReference("headshot", "character", "Marcus")), "16:9", 1, 4242, null);
    }

    private void queueAnswers() {
        server.stubFor(post("/prompt").willReturn(okJson("{\"prompt_id\":\"" + PROMPT_ID + "\",\"number\":3,\"node_errors\":{}}")));
    }

    @Test
    void theMarcusExampleUploadsTheHeadshotAndQueuesTheFilledWorkflow() {
        parameters.put("workflow", IP_ADAPTER_WORKFLOW);
        parameters.put("checkpoint", "juggernautXL_v9.safetensors");
        server.stubFor(post("/upload/image").willReturn(okJson("{\"name\":\"thresho-00000000-0000-0000-0000-000000004242.png\","
                + "\"subfolder\":\"\",\"type\":\"input\"}")));
        queueAnswers();

        assertThat(provider().submit(marcus()).externalId()).isEqualTo(PROMPT_ID);

        server.verify(postRequestedFor(urlEqualTo("/upload/image"))
                .withHeader("Content-Type", containing("multipart/form-data; boundary="))
                .withRequestBody(containing("name=\"image\"; filename=\"thresho-00000000-0000-0000-0000-000000004242.png\""))
                .withRequestBody(containing("marcus-headshot")));
        String filled = IP_ADAPTER_WORKFLOW.replace("\"{{checkpoint}}\"", "\"juggernautXL_v9.safetensors\"")
                .replace("\"{{width}}\"", "1024").replace("\"{{height}}\"", "576").replace("{{prompt}}", PROMPT)
                .replace("{{negative_prompt}}", "").replace("{{reference_image}}", "thresho-00000000-0000-0000-0000-000000004242.png")
                .replace("\"{{seed}}\"", "4242");
        server.verify(postRequestedFor(urlEqualTo("/prompt")).withRequestBody(equalToJson("{\"prompt\":" + filled
                + ",\"client_id\":\"thresho-00000000-0000-0000-0000-000000004242\"}")));
        String sent = server.findAll(postRequestedFor(urlEqualTo("/prompt"))).getFirst().getBodyAsString();
        assertThat(sent).doesNotContain("{{");
        assertThat(provider().capabilities().maxReferences()).isEqualTo(1);
    }

    @Test
    void aTalentsLoraGoesIntoALoraLoaderBetweenTheCheckpointAndItsReaders() {
        parameters.put("workflow", IP_ADAPTER_WORKFLOW);
        parameters.put("checkpoint", "juggernautXL_v9.safetensors");
        server.stubFor(post("/upload/image").willReturn(okJson("{\"name\":\"ref.png\",\"subfolder\":\"\",\"type\":\"input\"}")));
        queueAnswers();
        ProviderRequest marcus = marcus();
        ProviderRequest withLora = new ProviderRequest(marcus.recordId(), marcus.prompt(), null, marcus.references(), "16:9", 1, 4242, null,
                Map.of(studio.thresho.provider.EngineLora.OPTION, studio.thresho.provider.EngineLora.toOption(List.of(
                        new studio.thresho.provider.EngineLora("marcus_v2.safetensors", new java.math.BigDecimal("0.8"))))));

        provider().submit(withLora);

        server.verify(postRequestedFor(urlEqualTo("/prompt")).withRequestBody(equalToJson("{\"prompt\":{"
                + "\"thresho_lora_1\":{\"class_type\":\"LoraLoader\",\"inputs\":{\"model\":[\"4\",0],\"clip\":[\"4\",1],"
                + "\"lora_name\":\"marcus_v2.safetensors\",\"strength_model\":0.8,\"strength_clip\":0.8}},"
                + "\"6\":{\"class_type\":\"CLIPTextEncode\",\"inputs\":{\"text\":\"" + PROMPT + "\",\"clip\":[\"thresho_lora_1\",1]}},"
                + "\"11\":{\"class_type\":\"IPAdapterUnifiedLoader\",\"inputs\":{\"model\":[\"thresho_lora_1\",0],"
                + "\"preset\":\"PLUS FACE (portraits)\"}},"
                + "\"8\":{\"class_type\":\"VAEDecode\",\"inputs\":{\"samples\":[\"3\",0],\"vae\":[\"4\",2]}}}}", true, true)));
    }

    @Test
    void theShippedWorkflowRunsWithoutAReferenceAndKeepsNumbersNumbers() {
        queueAnswers();
        ProviderRequest textOnly = new ProviderRequest(UUID.randomUUID(), PROMPT, "blurry", List.of(), "9:16", 1, 7, null);

        provider().submit(textOnly);

        server.verify(0, postRequestedFor(urlEqualTo("/upload/image")));
        server.verify(postRequestedFor(urlEqualTo("/prompt")).withRequestBody(equalToJson("{\"prompt\":{"
                + "\"4\":{\"class_type\":\"CheckpointLoaderSimple\",\"inputs\":{\"ckpt_name\":\"sd_xl_base_1.0.safetensors\"}},"
                + "\"5\":{\"class_type\":\"EmptyLatentImage\",\"inputs\":{\"width\":576,\"height\":1024,\"batch_size\":1}},"
                + "\"6\":{\"class_type\":\"CLIPTextEncode\",\"inputs\":{\"text\":\"" + PROMPT + "\",\"clip\":[\"4\",1]}},"
                + "\"7\":{\"class_type\":\"CLIPTextEncode\",\"inputs\":{\"text\":\"blurry\",\"clip\":[\"4\",1]}},"
                + "\"3\":{\"class_type\":\"KSampler\",\"inputs\":{\"seed\":7,\"steps\":30,\"cfg\":7,\"sampler_name\":\"dpmpp_2m\","
                + "\"scheduler\":\"karras\",\"denoise\":1,\"model\":[\"4\",0],\"positive\":[\"6\",0],\"negative\":[\"7\",0],\"latent_image\":[\"5\",0]}},"
                + "\"8\":{\"class_type\":\"VAEDecode\",\"inputs\":{\"samples\":[\"3\",0],\"vae\":[\"4\",2]}},"
                + "\"9\":{\"class_type\":\"SaveImage\",\"inputs\":{\"filename_prefix\":\"thresho\",\"images\":[\"8\",0]}}},"
                + "\"client_id\":\"thresho-" + textOnly.recordId() + "\"}")));
        assertThat(provider().capabilities().maxReferences()).isZero();
        assertThat(provider().capabilities().characterReference()).isFalse();
    }

    @Test
    void theFilledWorkflowIsCheckedAgainstTheTemplatesPlaceholders() {
        parameters.put("workflow", Map.of("3", Map.of("class_type", "KSampler", "inputs", Map.of("seed", "{{seed}}", "lora", "{{ lora_name }}"))));
        assertThatThrownBy(() -> provider().submit(marcus())).isInstanceOf(ProviderRefusedException.class)
                .hasMessageContaining("placeholders the application does not fill: {{lora_name}}");

        parameters.put("workflow", "{\"nodes\": [], \"links\": []}");
        assertThatThrownBy(() -> provider().submit(marcus())).hasMessageContaining("not in API format").hasMessageContaining("Save (API Format)");

        parameters.put("workflow", "{\"3\": {\"class_type\": ");
        assertThatThrownBy(() -> provider().submit(marcus())).hasMessageContaining("not valid JSON");

        parameters.put("workflow", IP_ADAPTER_WORKFLOW);
        ProviderRequest withoutReference = new ProviderRequest(UUID.randomUUID(), PROMPT, null, List.of(), "1:1", 1, 1, null);
        assertThatThrownBy(() -> provider().submit(withoutReference)).hasMessageContaining("needs {{reference_image}}");

        ComfyUiWorkflow template = ComfyUiWorkflow.parse(IP_ADAPTER_WORKFLOW);
        Map<String, Object> filled = template.fill(Map.of("prompt", "Marcus says \"{{hello}}\" at $5", "negative_prompt", "", "seed", 1L,
                "width", 64, "height", 64, "checkpoint", "a.safetensors", "reference_image", "ref.png"));
        assertThat(template.placeholders()).containsExactlyInAnyOrder("prompt", "negative_prompt", "seed", "width", "height", "checkpoint",
                "reference_image");
        assertThat(JsonMapper.shared().writeValueAsString(filled)).contains("Marcus says \\\"{{hello}}\\\" at $5", "\"seed\":1,");
        assertThat(ComfyUiWorkflow.parse(JsonMapper.shared().writeValueAsString(template.fill(Map.of("prompt", "p", "negative_prompt", "",
                "seed", 1L, "width", 64, "height", 64, "checkpoint", "a", "reference_image", "r")))).placeholders()).isEmpty();
        server.verify(0, postRequestedFor(urlEqualTo("/prompt")));
    }

    @Test
    void pollingWaitsThroughAnEmptyHistoryAndAServerErrorThenGivesViewUrlsWithTheSeed() {
        String history = "/history/" + PROMPT_ID;
        server.stubFor(get(history).inScenario("run").whenScenarioStateIs(Scenario.STARTED).willReturn(okJson("{}")).willSetStateTo("broken"));
        server.stubFor(get(history).inScenario("run").whenScenarioStateIs("broken").willReturn(aResponse().withStatus(500)).willSetStateTo("done"));
        server.stubFor(get(history).inScenario("run").whenScenarioStateIs("done").willReturn(okJson("{\"" + PROMPT_ID + "\":{"
                + "\"prompt\":[3,\"" + PROMPT_ID + "\",{\"3\":{\"class_type\":\"KSampler\",\"inputs\":{\"seed\":4242}}},{},[\"9\"]],"
                + "\"outputs\":{\"9\":{\"images\":[{\"filename\":\"thresho_00001_.png\",\"subfolder\":\"\",\"type\":\"output\"}]},"
                + "\"12\":{\"images\":[{\"filename\":\"ComfyUI_temp_x.png\",\"subfolder\":\"\",\"type\":\"temp\"}]}},"
                + "\"status\":{\"status_str\":\"success\",\"completed\":true,\"messages\":[[\"execution_start\",{}]]}}}")));
        server.stubFor(get(urlPathEqualTo("/view")).willReturn(aResponse().withBody("png-bytes")));
        ComfyUiProvider comfy = provider();

        ProviderStatus pending = comfy.poll(PROMPT_ID);
        ProviderStatus done = comfy.poll(PROMPT_ID);

        assertThat(pending.state()).isEqualTo(ProviderStatus.State.RUNNING);
        assertThat(done.state()).isEqualTo(ProviderStatus.State.SUCCEEDED);
        assertThat(done.results()).containsExactly(new ProviderResult(server.baseUrl() + "/view?filename=thresho_00001_.png&subfolder=&type=output",
                null, 4242L));
        assertThat(new String(comfy.fetch(done.results().getFirst()), StandardCharsets.UTF_8)).isEqualTo("png-bytes");
        server.verify(3, getRequestedFor(urlEqualTo(history)));
        server.verify(getRequestedFor(urlPathEqualTo("/view")).withQueryParam("filename", equalTo("thresho_00001_.png"))
                .withQueryParam("type", equalTo("output")));
    }

    @Test
    void nodeErrorsAndFailedRunsAreReportedInPlainWords() {
        server.stubFor(post("/prompt").willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json").withBody("""
                {"error": {"type": "prompt_outputs_failed_validation", "message": "Prompt outputs failed validation", "details": "", "extra_info": {}},
                 "node_errors": {"4": {"errors": [{"type": "value_not_in_list", "message": "Value not in list",
                   "details": "ckpt_name: 'sd_xl_base_1.0.safetensors' not in ['juggernautXL_v9.safetensors']", "extra_info": {}}],
                   "dependent_outputs": ["9"], "class_type": "CheckpointLoaderSimple"}}}""")));
        ProviderRequest textOnly = new ProviderRequest(UUID.randomUUID(), PROMPT, null, List.of(), "16:9", 1, 1, null);
        assertThatThrownBy(() -> provider().submit(textOnly)).isInstanceOf(ProviderRefusedException.class)
                .hasMessage("ComfyUI (local) refused the workflow: Prompt outputs failed validation; node 4 (CheckpointLoaderSimple): "
                        + "Value not in list: ckpt_name: 'sd_xl_base_1.0.safetensors' not in ['juggernautXL_v9.safetensors']");
        server.verify(1, postRequestedFor(urlEqualTo("/prompt")));

        server.stubFor(get("/history/" + PROMPT_ID).willReturn(okJson("{\"" + PROMPT_ID + "\":{\"outputs\":{},\"status\":{"
                + "\"status_str\":\"error\",\"completed\":false,\"messages\":[[\"execution_start\",{\"prompt_id\":\"" + PROMPT_ID + "\"}],"
                + "[\"execution_error\",{\"prompt_id\":\"" + PROMPT_ID + "\",\"node_id\":\"3\",\"node_type\":\"KSampler\","
                + "\"exception_type\":\"torch.OutOfMemoryError\",\"exception_message\":\"CUDA out of memory.\"}]]}}}")));
        ProviderStatus failed = provider().poll(PROMPT_ID);
        assertThat(failed.state()).isEqualTo(ProviderStatus.State.FAILED);
        assertThat(failed.reason()).isEqualTo("ComfyUI (local) failed in node 3 (KSampler): torch.OutOfMemoryError: CUDA out of memory.");

        server.stubFor(get("/history/" + PROMPT_ID).willReturn(okJson("{\"" + PROMPT_ID + "\":{\"outputs\":{},\"status\":{"
                + "\"status_str\":\"error\",\"completed\":false,\"messages\":[[\"execution_start\",{\"prompt_id\":\"" + PROMPT_ID + "\"}],"
                + "[\"execution_interrupted\",{\"prompt_id\":\"" + PROMPT_ID + "\",\"node_id\":\"3\",\"node_type\":\"KSampler\","
                + "\"executed\":[\"4\"]}]]}}}")));
        ProviderStatus interrupted = provider().poll(PROMPT_ID);
        assertThat(interrupted.state()).isEqualTo(ProviderStatus.State.CANCELLED);
        assertThat(interrupted.reason()).contains("interrupted");
    }

    @Test
    void aQueueTurnedAwayWith429IsSentAgainAndMalformedHistoryIsRefused() {
        server.stubFor(post("/prompt").inScenario("busy").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "0")).willSetStateTo("free"));
        server.stubFor(post("/prompt").inScenario("busy").whenScenarioStateIs("free")
                .willReturn(okJson("{\"prompt_id\":\"" + PROMPT_ID + "\",\"number\":1,\"node_errors\":{}}")));
        ProviderRequest textOnly = new ProviderRequest(UUID.randomUUID(), PROMPT, null, List.of(), "16:9", 1, 1, null);
        assertThat(provider().submit(textOnly).externalId()).isEqualTo(PROMPT_ID);
        server.verify(2, postRequestedFor(urlEqualTo("/prompt")));

        server.stubFor(get("/history/" + PROMPT_ID).willReturn(okJson("{\"" + PROMPT_ID + "\": {\"outputs\": {")));
        assertThatThrownBy(() -> provider().poll(PROMPT_ID)).isInstanceOf(ProviderRefusedException.class).hasMessageContaining("not the JSON");
    }

    @Test
    void cancelTakesThePromptOffTheQueueAndInterruptsItAndTheConnectionTestReadsSystemStats() {
        server.stubFor(post("/queue").willReturn(aResponse().withStatus(200)));
        server.stubFor(post("/interrupt").willReturn(aResponse().withStatus(200)));

        provider().cancel(PROMPT_ID);

        server.verify(postRequestedFor(urlEqualTo("/queue")).withRequestBody(equalToJson("{\"delete\":[\"" + PROMPT_ID + "\"]}")));
        server.verify(postRequestedFor(urlEqualTo("/interrupt")).withRequestBody(equalToJson("{\"prompt_id\":\"" + PROMPT_ID + "\"}")));

        server.stubFor(get("/system_stats").willReturn(okJson("{\"system\":{\"os\":\"posix\",\"comfyui_version\":\"0.3.66\"},"
                + "\"devices\":[{\"name\":\"cuda:0 NVIDIA GeForce RTX 4090 : cudaMallocAsync\",\"type\":\"cuda\"}]}")));
        assertThat(provider().testConnection()).as("a server that cannot list models").isEqualTo("Connected to " + server.baseUrl()
                + ": ComfyUI 0.3.66 on cuda:0 NVIDIA GeForce RTX 4090 : cudaMallocAsync.");
        server.stubFor(get("/models/checkpoints").willReturn(okJson("[\"juggernautXL_v9.safetensors\", \"flux1-dev-fp8.safetensors\"]")));
        server.stubFor(get("/models/loras").willReturn(okJson("[\"marcus_v1.safetensors\"]")));
        assertThat(provider().testConnection()).endsWith("cudaMallocAsync. Checkpoints: juggernautXL_v9.safetensors, "
                + "flux1-dev-fp8.safetensors. LoRAs: marcus_v1.safetensors.");
        assertThat(ComfyUiProvider.DEFAULTS.startsEnabled()).isFalse();
        assertThat(ComfyUiProvider.DEFAULTS.needsCredential()).isFalse();
        assertThat(ComfyUiProvider.DEFAULTS.concurrencyLimit()).isEqualTo(1);
        assertThat(server.findAll(postRequestedFor(urlEqualTo("/prompt")))).isEmpty();
    }
}
