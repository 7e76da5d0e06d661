package studio.thresho.lora;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/**
 * The training recommendations written into exports, per trainer: shipped in
 * {@code lora/training-defaults.json} (configuration, never code constants, since trainers change
 * their advice).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record TrainingDefaults(int defaultLongSide, List<Integer> longSides, Kohya kohya, AiToolkit aiToolkit, ReplicateFlux replicateFlux,
                        ReplicateSdxl replicateSdxl) {

    record Kohya(int rank, int alpha, String learningRate, int maxTrainSteps, int resolution, int imagesTimesRepeats,
                 String captionExtension, String networkModule, int batchSize) {

        /** Repeats per image so that one epoch sees about {@code imagesTimesRepeats} images. */
        int repeats(int images) {
            return Math.max(1, Math.round((float) imagesTimesRepeats / Math.max(1, images)));
        }
    }

    record AiToolkit(int steps, String learningRate, int rank, int alpha, List<Integer> resolutions, double captionDropoutRate,
                     String baseModel, int batchSize) {
    }

    record ReplicateFlux(String model, int steps, double learningRate, int loraRank, String resolution, int batchSize,
                         double captionDropoutRate) {
    }

    record ReplicateSdxl(String model, int maxTrainSteps, int loraRank, boolean isLora) {
    }

    static TrainingDefaults shipped() {
        try (InputStream in = TrainingDefaults.class.getResourceAsStream("/lora/training-defaults.json")) {
            if (in == null) {
                throw new IllegalStateException("lora/training-defaults.json is missing from the application");
            }
            return JsonMapper.builder().build().readValue(in, TrainingDefaults.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
