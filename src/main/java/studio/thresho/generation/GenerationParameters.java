package studio.thresho.generation;

import java.util.List;

/** The settings of a generation, stored as the record's parameters JSON. */
record GenerationParameters(String aspectRatio, int images, List<String> trimmed, java.util.Map<String, Object> options,
                            int durationSeconds) {

    GenerationParameters(String aspectRatio, int images, List<String> trimmed, java.util.Map<String, Object> options) {
        this(aspectRatio, images, trimmed, options, 0);
    }


    GenerationParameters {
        trimmed = trimmed == null ? List.of() : List.copyOf(trimmed);
        options = options == null ? java.util.Map.of() : java.util.Map.copyOf(options);
    }
}
