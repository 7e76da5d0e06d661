package studio.thresho.provider.kling;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import feign.Headers;
import feign.Param;
import feign.RequestLine;
import java.util.List;
import java.util.Map;

/** The Kling API as ../shared/providers.md describes it; {@code token} is a fresh {@link KlingJwt}. */
@Headers({"Accept: application/json", "Authorization: Bearer {token}"})
interface KlingApi {

    @RequestLine("POST /v1/images/generations")
    @Headers("Content-Type: application/json")
    Envelope generateImages(@Param("token") String token, Map<String, Object> body);

    @RequestLine("POST /v1/videos/image2video")
    @Headers("Content-Type: application/json")
    Envelope imageToVideo(@Param("token") String token, Map<String, Object> body);

    @RequestLine("GET /v1/images/generations/{id}")
    Envelope imageTask(@Param("token") String token, @Param("id") String id);

    @RequestLine("GET /v1/videos/image2video/{id}")
    Envelope videoTask(@Param("token") String token, @Param("id") String id);

    /** The newer design (API key only): the model is in the path, e.g. {@code kling-2.5-turbo}. */
    @RequestLine("POST /image-to-video/{model}")
    @Headers("Content-Type: application/json")
    PathTaskAnswer imageToVideoByPath(@Param("token") String token, @Param("model") String model, Map<String, Object> body);

    /** The newer design's poll, for one or more task ids joined by commas. */
    @RequestLine("GET /tasks?task_ids={ids}")
    PathTasks tasks(@Param("token") String token, @Param("ids") String ids);

    /** The key check: free, at most one request a second; times in epoch milliseconds. */
    @RequestLine("GET /account/costs?start_time={start}&end_time={end}")
    AccountCosts costs(@Param("token") String token, @Param("start") long startMillis, @Param("end") long endMillis);

    /** @param code 0 when the call succeeded, else what went wrong (see {@link KlingErrors}) */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Envelope(@JsonProperty("code") Integer code, @JsonProperty("message") String message,
                    @JsonProperty("request_id") String requestId, @JsonProperty("data") Task data) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record AccountCosts(@JsonProperty("code") Integer code, @JsonProperty("message") String message,
                        @JsonProperty("data") CostData data) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record CostData(@JsonProperty("resource_pack_subscribe_infos") List<ResourcePack> resourcePacks) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ResourcePack(@JsonProperty("resource_pack_name") String name, @JsonProperty("remaining_quantity") Double remaining,
                        @JsonProperty("status") String status) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Task(@JsonProperty("task_id") String taskId, @JsonProperty("task_status") String taskStatus,
                @JsonProperty("task_status_msg") String taskStatusMsg, @JsonProperty("task_result") TaskResult taskResult) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TaskResult(@JsonProperty("images") List<Output> images, @JsonProperty("videos") List<Output> videos) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Output(@JsonProperty("url") String url) {
    }

    /** A created task of the newer design; {@code code} is absent or 0 when it was accepted. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record PathTaskAnswer(@JsonProperty("code") Integer code, @JsonProperty("message") String message, @JsonProperty("data") PathTask data) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PathTasks(@JsonProperty("code") Integer code, @JsonProperty("message") String message, @JsonProperty("data") List<PathTask> data) {
    }

    /** @param status submitted, processing, succeeded or failed (not the legacy "succeed") */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record PathTask(@JsonProperty("id") String id, @JsonProperty("status") String status, @JsonProperty("message") String message,
                    @JsonProperty("outputs") List<Output> outputs) {
    }
}
