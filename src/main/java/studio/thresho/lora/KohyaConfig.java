package studio.thresho.lora;

/**
 * The kohya sd-scripts config ({@code train_network.py --config_file kohya.toml}; kohya_ss opens it
 * too): the dataset folder, the caption extension (sd-scripts' own default is {@code .caption}, so it
 * is stated), {@code keep_tokens=1} so shuffled captions keep the trigger first, rank, alpha,
 * learning rate, steps and resolution.
 */
final class KohyaConfig {

    static final String FILE = "kohya.toml";

    private KohyaConfig() {
    }

    static String toml(LoraDataset dataset, TrainingDefaults.Kohya kohya) {
        int resolution = dataset.longSide() == null ? kohya.resolution() : dataset.longSide();
        return """
                # kohya sd-scripts LoRA training for %s (v%s), trigger word "%s"
                # train_network.py --config_file kohya.toml  (or open it in kohya_ss)
                # EveryDream2 reads the same img/ folder: captions in the .txt files, repeats in multiply.txt.

                [model_arguments]
                pretrained_model_name_or_path = ""  # your base model (SDXL or SD 1.5 checkpoint)

                [dataset_arguments]
                train_data_dir = "img"
                resolution = "%d,%d"
                enable_bucket = true
                caption_extension = "%s"
                shuffle_caption = true
                keep_tokens = 1

                [training_arguments]
                output_name = "%s"
                output_dir = "model"
                max_train_steps = %d
                learning_rate = %s
                train_batch_size = %d
                mixed_precision = "bf16"
                save_model_as = "safetensors"

                [network_arguments]
                network_module = "%s"
                network_dim = %d
                network_alpha = %d
                """.formatted(dataset.name(), dataset.version(), dataset.trigger(), resolution, resolution, kohya.captionExtension(),
                dataset.slug(), kohya.maxTrainSteps(), kohya.learningRate(), kohya.batchSize(), kohya.networkModule(), kohya.rank(),
                kohya.alpha());
    }

    /** kohya's image folder: {@code img/<repeats>_<trigger> <class>}. */
    static String imageFolder(LoraDataset dataset, TrainingDefaults.Kohya kohya) {
        return "img/" + kohya.repeats(dataset.imageCount()) + "_" + dataset.trigger() + " " + dataset.subjectClass().word();
    }
}
