package studio.thresho.provider.runway;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import feign.Headers;
import feign.Param;
import feign.RequestLine;
import java.util.List;
import java.util.Map;

/** The Runway API as ../shared/providers.md describes it; every call names the API version it was written against. */
@Headers({"Accept: application/json", "Authorization: Bearer {key}", "X-Runway-Version: " + RunwayApi.VERSION})
interface RunwayApi {

    String VERSION = "2024-11-06";

    @RequestLine("POST /v1/text_to_image")
    @Headers("Content-Type: application/json")
    Task textToImage(@Param("key") String key, Map<String, Object> body);

    @RequestLine("POST /v1/image_to_video")
    @Headers("Content-Type: application/json")
    Task imageToVideo(@Param("key") String key, Map<String, Object> body);

    /** gen4.5: a video from the prompt alone. */
    @RequestLine("POST /v1/text_to_video")
    @Headers("Content-Type: application/json")
    Task textToVideo(@Param("key") String key, Map<String, Object> body);

    @RequestLine("GET /v1/tasks/{id}")
    TaskStatus task(@Param("key") String key, @Param("id") String id);

    @RequestLine("DELETE /v1/tasks/{id}")
    void cancel(@Param("key") String key, @Param("id") String id);

    /** The key check: the organization's tier and credit balance. */
    @RequestLine("GET /v1/organization")
    Organization organization(@Param("key") String key);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Organization(@JsonProperty("creditBalance") Long creditBalance) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Task(@JsonProperty("id") String id) {
    }

    /** @param progress 0 to 1 while running */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record TaskStatus(@JsonProperty("id") String id, @JsonProperty("status") String status, @JsonProperty("progress") Double progress,
                      @JsonProperty("output") List<String> output, @JsonProperty("failure") String failure,
                      @JsonProperty("failureCode") String failureCode) {
    }
}
