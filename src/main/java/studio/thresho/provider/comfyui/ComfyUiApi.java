package studio.thresho.provider.comfyui;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import feign.Headers;
import feign.Param;
import feign.RequestLine;
import java.util.List;
import java.util.Map;

/** The ComfyUI server API as ../shared/providers.md describes it; no authentication. */
interface ComfyUiApi {

    @RequestLine("POST /prompt")
    @Headers({"Content-Type: application/json", "Accept: application/json"})
    Queued queue(Map<String, Object> body);

    /** An empty object while the prompt waits or runs. */
    @RequestLine("GET /history/{promptId}")
    @Headers("Accept: application/json")
    Map<String, History> history(@Param("promptId") String promptId);

    @RequestLine("POST /upload/image")
    @Headers({"Content-Type: multipart/form-data; boundary={boundary}", "Accept: application/json"})
    Uploaded upload(@Param("boundary") String boundary, byte[] form);

    /** Takes prompts off the queue: {@code {"delete": [promptId]}}. */
    @RequestLine("POST /queue")
    @Headers("Content-Type: application/json")
    void dequeue(Map<String, Object> body);

    /** Stops the running prompt; recent versions stop it only if it is the given {@code prompt_id}. */
    @RequestLine("POST /interrupt")
    @Headers("Content-Type: application/json")
    void interrupt(Map<String, Object> body);

    /** The files of a model folder ({@code checkpoints}, {@code loras}, ...). */
    @RequestLine("GET /models/{folder}")
    @Headers("Accept: application/json")
    java.util.List<String> models(@feign.Param("folder") String folder);

    @RequestLine("GET /system_stats")
    @Headers("Accept: application/json")
    SystemStats systemStats();

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Queued(@JsonProperty("prompt_id") String promptId, @JsonProperty("number") Integer number,
                  @JsonProperty("node_errors") Map<String, Object> nodeErrors) {
    }

    /** @param prompt {@code [number, prompt_id, workflow, extra_data, output_nodes]} as queued */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record History(@JsonProperty("prompt") List<Object> prompt, @JsonProperty("outputs") Map<String, NodeOutput> outputs,
                   @JsonProperty("status") Status status) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record NodeOutput(@JsonProperty("images") List<Image> images) {
    }

    /** @param type {@code output} for saved images, {@code temp} for previews */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Image(@JsonProperty("filename") String filename, @JsonProperty("subfolder") String subfolder, @JsonProperty("type") String type) {
    }

    /** @param messages {@code [event, data]} pairs; {@code execution_error} data says what failed */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Status(@JsonProperty("status_str") String statusStr, @JsonProperty("completed") Boolean completed,
                  @JsonProperty("messages") List<List<Object>> messages) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Uploaded(@JsonProperty("name") String name, @JsonProperty("subfolder") String subfolder, @JsonProperty("type") String type) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record SystemStats(@JsonProperty("system") Map<String, Object> system, @JsonProperty("devices") List<Map<String, Object>> devices) {
    }
}
