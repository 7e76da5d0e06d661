package studio.thresho.provider.replicate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import feign.Headers;
import feign.Param;
import feign.RequestLine;
import java.util.Map;

/** The Replicate HTTP API as ../shared/providers.md describes it; paths are relative to {@code /v1}. */
interface ReplicateApi {

    /** Without {@code Prefer: wait}: the prediction is polled like every other task. */
    @RequestLine("POST /models/{owner}/{name}/predictions")
    @Headers({"Content-Type: application/json", "Accept: application/json", "Authorization: Bearer {key}"})
    Prediction create(@Param("key") String key, @Param("owner") String owner, @Param("name") String name, Map<String, Object> body);

    @RequestLine("GET /predictions/{id}")
    @Headers({"Accept: application/json", "Authorization: Bearer {key}"})
    Prediction get(@Param("key") String key, @Param("id") String id);

    @RequestLine("POST /predictions/{id}/cancel")
    @Headers({"Accept: application/json", "Authorization: Bearer {key}"})
    Prediction cancel(@Param("key") String key, @Param("id") String id);

    @RequestLine("GET /account")
    @Headers({"Accept: application/json", "Authorization: Bearer {key}"})
    Account account(@Param("key") String key);

    /** @param output a URL or a list of URLs for image models; any JSON for others */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Prediction(@JsonProperty("id") String id, @JsonProperty("status") String status, @JsonProperty("input") Map<String, Object> input,
                      @JsonProperty("output") Object output, @JsonProperty("error") Object error, @JsonProperty("logs") String logs) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Account(@JsonProperty("type") String type, @JsonProperty("username") String username) {
    }
}
