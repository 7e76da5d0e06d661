package studio.thresho.lora;

import java.util.stream.Collectors;

/** The ostris ai-toolkit job config: one flat dataset folder, {@code [trigger]} in captions replaced by the trigger word. */
final class AiToolkitConfig {

    static final String FILE = "config.yaml";
    static final String DATASET_FOLDER = "dataset";

    private AiToolkitConfig() {
    }

    static String yaml(LoraDataset dataset, TrainingDefaults.AiToolkit toolkit) {
        String resolutions = toolkit.resolutions().stream().map(String::valueOf).collect(Collectors.joining(", ", "[", "]"));
        return """
                # ostris ai-toolkit: python run.py config.yaml  (%s v%s)
                job: extension
                config:
                  name: "%s"
                  process:
                    - type: sd_trainer
                      training_folder: "output"
                      device: cuda:0
                      trigger_word: "%s"
                      network:
                        type: lora
                        linear: %d
                        linear_alpha: %d
                      save:
                        dtype: float16
                        save_every: 250
                      datasets:
                        - folder_path: "%s"
                          caption_ext: "txt"
                          caption_dropout_rate: %s
                          shuffle_tokens: false
                          cache_latents_to_disk: true
                          resolution: %s
                      train:
                        batch_size: %d
                        steps: %d
                        lr: %s
                        optimizer: adamw8bit
                        gradient_checkpointing: true
                        noise_scheduler: flowmatch
                      model:
                        name_or_path: "%s"
                        is_flux: true
                        quantize: true
                      sample:
                        sampler: flowmatch
                        sample_every: 250
                        prompts:
                          - "[trigger] %s, headshot, neutral background"
                          - "[trigger] %s, full body front, walking down a city street"
                meta:
                  name: "[name]"
                  version: "1.0"
                """.formatted(dataset.name(), dataset.version(), dataset.slug() + "-lora", dataset.trigger(), toolkit.rank(), toolkit.alpha(),
                DATASET_FOLDER, toolkit.captionDropoutRate(), resolutions, toolkit.batchSize(), toolkit.steps(), toolkit.learningRate(),
                toolkit.baseModel(), dataset.subjectClass().word(), dataset.subjectClass().word());
    }
}
