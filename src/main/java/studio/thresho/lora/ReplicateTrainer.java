package studio.thresho.lora;

/** The Replicate trainers a training can run, with the export defaults' inputs of each ({@code replicate.json}). */
public enum ReplicateTrainer {
    FLUX("flux", "FLUX.1 dev", "flux-dev"),
    SDXL("sdxl", "SDXL", "sdxl");

    private final String key;
    private final String label;
    private final String baseModel;

    ReplicateTrainer(String key, String label, String baseModel) {
        this.key = key;
        this.label = label;
        this.baseModel = baseModel;
    }

    /** The trainer's entry in {@link ReplicateConfig#inputs}. */
    String key() {
        return key;
    }

    public String label() {
        return label;
    }

    /** The base model a LoRA from this trainer runs on. */
    public String baseModel() {
        return baseModel;
    }
}
