package studio.thresho.provider.automatic;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import feign.Headers;
import feign.RequestLine;
import java.util.List;
import java.util.Map;

/** The AUTOMATIC1111 / Forge web API ({@code --api}) as ../shared/providers.md describes it. */
interface Automatic1111Api {

    @RequestLine("POST /sdapi/v1/txt2img")
    @Headers({"Content-Type: application/json", "Accept: application/json"})
    Images txt2img(Map<String, Object> body);

    @RequestLine("POST /sdapi/v1/img2img")
    @Headers({"Content-Type: application/json", "Accept: application/json"})
    Images img2img(Map<String, Object> body);

    @RequestLine("GET /sdapi/v1/sd-models")
    @Headers("Accept: application/json")
    List<Checkpoint> checkpoints();

    /** @param info a JSON document in a string, holding {@code seed} and {@code all_seeds} */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Images(@JsonProperty("images") List<String> images, @JsonProperty("info") String info) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Checkpoint(@JsonProperty("title") String title, @JsonProperty("model_name") String modelName) {
    }
}
