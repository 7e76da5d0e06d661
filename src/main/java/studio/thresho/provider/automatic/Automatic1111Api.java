package studio.thresho.provider.automatic;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import feign.Headers;
import feign.Param;
import feign.RequestLine;
import java.util.List;
import java.util.Map;

/** The AUTOMATIC1111 / Forge web API ({@code --api}) as ../shared/providers.md describes it. */
interface Automatic1111Api {

    /** {@code auth}: "Basic ..." for an engine started with {@code --api-auth user:pass}; null sends no Authorization header. */
    @RequestLine("POST /sdapi/v1/txt2img")
    @Headers({"Content-Type: application/json", "Accept: application/json", "Authorization: {auth}"})
    Images txt2img(@Param("auth") String auth, Map<String, Object> body);

    @RequestLine("POST /sdapi/v1/img2img")
    @Headers({"Content-Type: application/json", "Accept: application/json", "Authorization: {auth}"})
    Images img2img(@Param("auth") String auth, Map<String, Object> body);

    @RequestLine("GET /sdapi/v1/sd-models")
    @Headers({"Accept: application/json", "Authorization: {auth}"})
    List<Checkpoint> checkpoints(@Param("auth") String auth);

    /** The built-in Lora extension's list; {@code name} is what {@code <lora:name:weight>} takes. */
    @RequestLine("GET /sdapi/v1/loras")
    @Headers({"Accept: application/json", "Authorization: {auth}"})
    List<Lora> loras(@Param("auth") String auth);

    /** @param info a JSON document in a string, holding {@code seed} and {@code all_seeds} */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Images(@JsonProperty("images") List<String> images, @JsonProperty("info") String info) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Checkpoint(@JsonProperty("title") String title, @JsonProperty("model_name") String modelName) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Lora(@JsonProperty("name") String name, @JsonProperty("alias") String alias, @JsonProperty("path") String path) {
    }
}
