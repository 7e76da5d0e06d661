package studio.thresho.lora;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/** The dataset layouts a LoRA export is written in ({@code lora_exports.export_format}). */
public enum LoraFormat {
    KOHYA("standard", "kohya sd-scripts / kohya_ss (EveryDream2 too)", "kohya", Set.of("png", "jpg", "jpeg", "webp", "bmp")),
    AI_TOOLKIT("ai_toolkit", "ostris ai-toolkit", "ai-toolkit", Set.of("jpg", "jpeg", "png")),
    REPLICATE("replicate", "Replicate (Flux LoRA and SDXL trainers)", "replicate", Set.of("jpg", "jpeg", "png", "webp")),
    CIVITAI("civitai", "Civitai", "civitai", Set.of("jpg", "jpeg", "png"));

    private final String dbValue;
    private final String label;
    private final String fileSuffix;
    private final Set<String> imageExtensions;

    LoraFormat(String dbValue, String label, String fileSuffix, Set<String> imageExtensions) {
        this.dbValue = dbValue;
        this.label = label;
        this.fileSuffix = fileSuffix;
        this.imageExtensions = imageExtensions;
    }

    public String dbValue() {
        return dbValue;
    }

    public String label() {
        return label;
    }

    /** Ends the download's name: "marcus-lora-kohya.zip". */
    public String fileSuffix() {
        return fileSuffix;
    }

    /** Image types the trainer reads; an original of another type is encoded again as JPEG or PNG. */
    public boolean reads(String extension) {
        return imageExtensions.contains(extension);
    }

    static Optional<LoraFormat> ofDbValue(String value) {
        return Arrays.stream(values()).filter(format -> format.dbValue.equals(value)).findFirst();
    }
}
