package studio.thresho.generation;

import java.util.List;

/** The settings of a generation, stored as the record's parameters JSON. */
record GenerationParameters(String aspectRatio, int images, List<String> trimmed) {

    GenerationParameters {
        trimmed = trimmed == null ? List.of() : List.copyOf(trimmed);
    }
}
