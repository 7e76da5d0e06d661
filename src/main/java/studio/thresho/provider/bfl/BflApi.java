package studio.thresho.provider.bfl;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import feign.Headers;
import feign.Param;
import feign.RequestLine;
import java.net.URI;
import java.util.Map;

/** The Black Forest Labs API as ../shared/providers.md describes it. */
interface BflApi {

    @RequestLine("POST /v1/{model}")
    @Headers({"Content-Type: application/json", "Accept: application/json", "x-key: {key}"})
    Task submit(@Param("key") String key, @Param("model") String model, Map<String, Object> body);

    /** Always the polling URL the submit returned: it names the region that runs the task. */
    @RequestLine("GET")
    @Headers({"Accept: application/json", "x-key: {key}"})
    Result poll(URI pollingUrl, @Param("key") String key);

    @RequestLine("GET /v1/get_result?id={id}")
    @Headers({"Accept: application/json", "x-key: {key}"})
    Result result(@Param("key") String key, @Param("id") String id);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Task(@JsonProperty("id") String id, @JsonProperty("polling_url") String pollingUrl, @JsonProperty("cost") Double cost) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Result(@JsonProperty("id") String id, @JsonProperty("status") String status, @JsonProperty("result") Map<String, Object> result,
                  @JsonProperty("progress") Double progress) {
    }
}
