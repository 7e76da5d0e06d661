package studio.thresho.provider.automatic;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The seeds the engine actually used, from the JSON document its answer carries as the string {@code info}. */
final class Automatic1111Seeds {

    private final JsonNode info;

    private Automatic1111Seeds(JsonNode info) {
        this.info = info;
    }

    /** Unreadable info costs only the seeds: the images themselves are fine. */
    static Automatic1111Seeds of(String info) {
        if (info == null || info.isBlank()) {
            return new Automatic1111Seeds(JsonMapper.shared().missingNode());
        }
        try {
            return new Automatic1111Seeds(JsonMapper.shared().readTree(info));
        } catch (JacksonException unreadable) {
            return new Automatic1111Seeds(JsonMapper.shared().missingNode());
        }
    }

    /** The seed of the i-th image: {@code all_seeds[i]}, else the batch's {@code seed} plus i (the engine counts up), else null. */
    Long seed(int image) {
        JsonNode all = info.path("all_seeds");
        if (all.isArray() && image < all.size() && all.get(image).isIntegralNumber()) {
            return all.get(image).asLong();
        }
        JsonNode first = info.path("seed");
        return first.isIntegralNumber() ? first.asLong() + image : null;
    }
}
