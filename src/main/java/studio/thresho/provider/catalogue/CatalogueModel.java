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
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CatalogueModel(String name, Kind kind, Status status, String replacement, boolean seed, int maxReferences,
                             boolean styleReference, boolean negativePrompt, String sizeRule, int promptLimit, List<Integer> durations,
                             boolean isDefault) {

    public CatalogueModel {
        kind = kind == null ? Kind.IMAGE : kind;
        status = status == null ? Status.CURRENT : status;
        durations = durations == null ? List.of() : List.copyOf(durations);
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
