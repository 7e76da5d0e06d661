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

    /** Any model by version: community and trained models, and pinned versions of official ones. */
    @RequestLine("POST /predictions")
    @Headers({"Content-Type: application/json", "Accept: application/json", "Authorization: Bearer {key}"})
    Prediction createByVersion(@Param("key") String key, Map<String, Object> body);

    @RequestLine("GET /models/{owner}/{name}")
    @Headers({"Accept: application/json", "Authorization: Bearer {key}"})
    Model model(@Param("key") String key, @Param("owner") String owner, @Param("name") String name);

    @RequestLine("GET /models/{owner}/{name}/versions/{version}")
    @Headers({"Accept: application/json", "Authorization: Bearer {key}"})
    Version version(@Param("key") String key, @Param("owner") String owner, @Param("name") String name, @Param("version") String version);

    /** Files API: a multipart {@code content} part; the answer's {@code urls.get} is usable as a model input. */
    @RequestLine("POST /files")
    @Headers({"Content-Type: multipart/form-data; boundary={boundary}", "Accept: application/json", "Authorization: Bearer {key}"})
    UploadedFile upload(@Param("key") String key, @Param("boundary") String boundary, byte[] form);

    @RequestLine("GET /predictions/{id}")
    @Headers({"Accept: application/json", "Authorization: Bearer {key}"})
    Prediction get(@Param("key") String key, @Param("id") String id);

    @RequestLine("POST /predictions/{id}/cancel")
    @Headers({"Accept: application/json", "Authorization: Bearer {key}"})
    Prediction cancel(@Param("key") String key, @Param("id") String id);

    @RequestLine("GET /account")
    @Headers({"Accept: application/json", "Authorization: Bearer {key}"})
    Account account(@Param("key") String key);

    /** Creates a model, the destination a training writes its version to: {@code {owner, name, visibility, hardware}}. */
    @RequestLine("POST /models")
    @Headers({"Content-Type: application/json", "Accept: application/json", "Authorization: Bearer {key}"})
    Model createModel(@Param("key") String key, Map<String, Object> body);

    /** Starts a training of one trainer version: {@code {destination: "owner/name", input}}. */
    @RequestLine("POST /models/{owner}/{name}/versions/{version}/trainings")
    @Headers({"Content-Type: application/json", "Accept: application/json", "Authorization: Bearer {key}"})
    Training train(@Param("key") String key, @Param("owner") String owner, @Param("name") String name, @Param("version") String version,
                   Map<String, Object> body);

    @RequestLine("GET /trainings/{id}")
    @Headers({"Accept: application/json", "Authorization: Bearer {key}"})
    Training training(@Param("key") String key, @Param("id") String id);

    @RequestLine("POST /trainings/{id}/cancel")
    @Headers({"Accept: application/json", "Authorization: Bearer {key}"})
    Training cancelTraining(@Param("key") String key, @Param("id") String id);

    /** @param output a URL or a list of URLs for image models; any JSON for others */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Prediction(@JsonProperty("id") String id, @JsonProperty("status") String status, @JsonProperty("input") Map<String, Object> input,
                      @JsonProperty("output") Object output, @JsonProperty("error") Object error, @JsonProperty("logs") String logs) {
    }

    /** @param latestVersion null while the model has no published version */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Model(@JsonProperty("owner") String owner, @JsonProperty("name") String name, @JsonProperty("latest_version") Version latestVersion) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Version(@JsonProperty("id") String id, @JsonProperty("created_at") String createdAt) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record UploadedFile(@JsonProperty("id") String id, @JsonProperty("urls") Map<String, String> urls) {
    }

    /**
     * @param output {@code {version, weights}} once succeeded; read as any JSON, which the API does not promise otherwise
     * @param error  a string, or an object on some failures
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Training(@JsonProperty("id") String id, @JsonProperty("status") String status, @JsonProperty("destination") String destination,
                    @JsonProperty("output") Object output, @JsonProperty("error") Object error, @JsonProperty("logs") String logs) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Account(@JsonProperty("type") String type, @JsonProperty("username") String username) {
    }
}
