package studio.thresho.lora;

import java.util.Optional;
import studio.thresho.base.StoredValue;

/** Where a talent's LoRA lives, which decides the engines that can use it. */
public enum LoraKind implements StoredValue {
    /** A {@code .safetensors} file uploaded into the library. */
    UPLOAD("upload", "Uploaded file"),
    /** A version trained on Replicate, {@code owner/name:version}. */
    REPLICATE("replicate", "Replicate trained version"),
    /** A LoRA file a ComfyUI or AUTOMATIC1111 engine already has, by the name the engine lists. */
    ENGINE("engine", "LoRA installed on an engine"),
    /** A URL Replicate fetches as {@code lora_weights}. */
    URL("url", "URL for Replicate's lora_weights");

    private final String dbValue;
    private final String label;

    LoraKind(String dbValue, String label) {
        this.dbValue = dbValue;
        this.label = label;
    }

    @Override
    public String dbValue() {
        return dbValue;
    }

    @Override
    public String label() {
        return label;
    }

    static Optional<LoraKind> ofDbValue(String value) {
        return StoredValue.of(values(), value);
    }
}
