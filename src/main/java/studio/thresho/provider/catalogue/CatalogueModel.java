package studio.thresho.provider.catalogue;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * One model of a provider's catalogue: what it makes, what it takes, and whether the provider still
 * serves it. Shipped in {@code providers/model-catalogue.json}; an installation overrides entries by
 * name under Admin > Providers.
 *
 * @param sizeRule     how the provider's size is derived from the ratio (a rule name the client knows, e.g. "gpt-image-2", "flux-2")
 * @param promptLimit  characters the prompt may hold; 0 when the catalogue does not say
 * @param durations    seconds a video may last (video models only)
 * @param replacement  the model to use instead of a retired or legacy one
 * @param official     served by the provider's own endpoint for its official models (Replicate); others run by version
 * @param imageInput   what the model does with an image it is given, in words for the plan (flux-dev: an img2img start image)
 * @param input        the request input with {@code {{placeholder}}} values (Replicate's per-model input)
 * @param flag         the parameter that selects the model in a command (Midjourney {@code --v 7})
 * @param characterReference how a character reference is passed (Midjourney {@code oref} or {@code cref}; blank: not at all)
 * @param minReferences reference images the model requires (Runway gen4_image_turbo: 1)
 * @param textToVideo  a video model that also makes a video from the prompt alone (Runway gen4.5)
 * @param modelInPath  served by the provider's newer API design that names the model in the path (Kling kling-2.5-turbo and later)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CatalogueModel(String name, Kind kind, Status status, String replacement, boolean seed, int maxReferences,
                             boolean styleReference, boolean negativePrompt, String sizeRule, int promptLimit, List<Integer> durations,
                             boolean isDefault, boolean official, String imageInput, java.util.Map<String, Object> input, String flag,
                             String characterReference, int minReferences, boolean textToVideo,
                             boolean modelInPath) {

    public CatalogueModel {
        kind = kind == null ? Kind.IMAGE : kind;
        status = status == null ? Status.CURRENT : status;
        durations = durations == null ? List.of() : List.copyOf(durations);
        input = input == null ? java.util.Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(input));
    }

    public enum Kind {
        IMAGE, VIDEO, EDIT;

        @com.fasterxml.jackson.annotation.JsonCreator
        static Kind parse(String value) {
            return valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
        }
    }

    /** Current: steered to; legacy: still answers, the provider steers away; retired: no longer answers. */
    public enum Status {
        CURRENT, LEGACY, RETIRED;

        @com.fasterxml.jackson.annotation.JsonCreator
        static Status parse(String value) {
            return valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
        }
    }

    public boolean retired() {
        return status == Status.RETIRED;
    }

    public boolean legacy() {
        return status == Status.LEGACY;
    }
}
