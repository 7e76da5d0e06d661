package studio.thresho.provider.replicate;

import java.util.Map;
import studio.thresho.provider.TrainingState;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** A Replicate training as a {@link TrainingState}: its version written {@code owner/name:version}, its error as text. */
final class ReplicateTrainingStates {

    private ReplicateTrainingStates() {
    }

    static TrainingState of(ReplicateApi.Training training) {
        Map<?, ?> output = training.output() instanceof Map<?, ?> map ? map : Map.of();
        return new TrainingState(training.id(), training.status(), training.logs(),
                version(text(output.get("version")), training.destination()), text(output.get("weights")), error(training.error()));
    }

    /** The API gives {@code owner/name:id}; a bare id is completed with the training's destination, which names the same model. */
    private static String version(String version, String destination) {
        if (version == null || version.contains("/") || destination == null || destination.isBlank()) {
            return version;
        }
        return destination + ":" + version;
    }

    private static String error(Object error) {
        if (error == null) {
            return null;
        }
        if (error instanceof Map<?, ?> object) {
            for (String field : new String[]{"detail", "message"}) {
                String reason = text(object.get(field));
                if (reason != null) {
                    return reason;
                }
            }
            try {
                return JsonMapper.shared().writeValueAsString(object);
            } catch (JacksonException unwritable) {
                return String.valueOf(object);
            }
        }
        return text(error);
    }

    private static String text(Object value) {
        String text = value == null ? null : String.valueOf(value);
        return text == null || text.isBlank() ? null : text;
    }
}
