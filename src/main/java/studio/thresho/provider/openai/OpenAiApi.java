package studio.thresho.provider.openai;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import feign.Headers;
import feign.Param;
import feign.RequestLine;
import java.util.List;
import java.util.Map;

/** The OpenAI API as ../shared/providers.md and contracts/openai-images.openapi.yaml describe it; paths are relative to {@code /v1}. */
interface OpenAiApi {

    @RequestLine("POST /images/generations")
    @Headers({"Content-Type: application/json", "Accept: application/json", "Authorization: Bearer {key}"})
    ImagesResponse generate(@Param("key") String key, Map<String, Object> body);

    @RequestLine("POST /images/edits")
    @Headers({"Content-Type: multipart/form-data; boundary={boundary}", "Accept: application/json", "Authorization: Bearer {key}"})
    ImagesResponse edit(@Param("key") String key, @Param("boundary") String boundary, byte[] form);

    @RequestLine("GET /models/{model}")
    @Headers({"Accept: application/json", "Authorization: Bearer {key}"})
    Model model(@Param("key") String key, @Param("model") String model);

    @RequestLine("POST /chat/completions")
    @Headers({"Content-Type: application/json", "Accept: application/json", "Authorization: Bearer {key}"})
    ChatCompletion chat(@Param("key") String key, Map<String, Object> body);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ImagesResponse(@JsonProperty("created") Long created, @JsonProperty("data") List<Image> data) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Image(@JsonProperty("b64_json") String b64Json) {
    }

    /** {@code shutdown_date} (YYYY-MM-DD) is set once OpenAI has announced the model's end. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Model(@JsonProperty("id") String id, @JsonProperty("shutdown_date") String shutdownDate) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ChatCompletion(@JsonProperty("choices") List<Choice> choices) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Choice(@JsonProperty("message") Message message) {
    }

    /** {@code refusal} is set instead of {@code content} when the model declines. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Message(@JsonProperty("content") String content, @JsonProperty("refusal") String refusal) {
    }
}
