package studio.thresho.lora;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The inputs to give Replicate's trainers for this ZIP (uploaded as {@code input_images}): the
 * Flux LoRA trainer's {@code trigger_word}, steps, learning rate and rank, and the SDXL trainer's
 * {@code token_string} with a {@code caption_prefix} that contains it. Autocaption is off, since
 * every image has its caption.
 */
final class ReplicateConfig {

    static final String FILE = "replicate.json";

    private ReplicateConfig() {
    }

    static Map<String, Object> inputs(LoraDataset dataset, TrainingDefaults defaults) {
        TrainingDefaults.ReplicateFlux flux = defaults.replicateFlux();
        Map<String, Object> fluxInput = new LinkedHashMap<>();
        fluxInput.put("input_images", "<this zip>");
        fluxInput.put("trigger_word", dataset.trigger());
        fluxInput.put("autocaption", false);
        fluxInput.put("steps", flux.steps());
        fluxInput.put("learning_rate", flux.learningRate());
        fluxInput.put("lora_rank", flux.loraRank());
        fluxInput.put("resolution", flux.resolution());
        fluxInput.put("batch_size", flux.batchSize());
        fluxInput.put("caption_dropout_rate", flux.captionDropoutRate());
        TrainingDefaults.ReplicateSdxl sdxl = defaults.replicateSdxl();
        Map<String, Object> sdxlInput = new LinkedHashMap<>();
        sdxlInput.put("input_images", "<this zip>");
        sdxlInput.put("token_string", dataset.trigger());
        sdxlInput.put("caption_prefix", "a photo of " + dataset.trigger() + " " + dataset.subjectClass().word() + ", ");
        sdxlInput.put("use_face_detection_instead", true);
        sdxlInput.put("max_train_steps", sdxl.maxTrainSteps());
        sdxlInput.put("lora_rank", sdxl.loraRank());
        sdxlInput.put("is_lora", sdxl.isLora());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("flux", trainer(flux.model(), fluxInput));
        json.put("sdxl", trainer(sdxl.model(), sdxlInput));
        return json;
    }

    private static Map<String, Object> trainer(String model, Map<String, Object> input) {
        Map<String, Object> trainer = new LinkedHashMap<>();
        trainer.put("trainer", model);
        trainer.put("input", input);
        return trainer;
    }
}
