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

    /** The key check: needs a valid {@code x-key} (get_result declares no security and cannot tell a wrong key). */
    @RequestLine("GET /v1/credits")
    @Headers({"Accept: application/json", "x-key: {key}"})
    Credits credits(@Param("key") String key);

    /** With a webhook configured the answer may be {@code {id, status, webhook_url}} without {@code polling_url}: accepted all the same. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Task(@JsonProperty("id") String id, @JsonProperty("polling_url") String pollingUrl, @JsonProperty("cost") Double cost,
                @JsonProperty("status") String status, @JsonProperty("webhook_url") String webhookUrl) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Credits(@JsonProperty("credits") Double credits) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Result(@JsonProperty("id") String id, @JsonProperty("status") String status, @JsonProperty("result") Map<String, Object> result,
                  @JsonProperty("progress") Double progress, @JsonProperty("details") Object details) {
    }
}
