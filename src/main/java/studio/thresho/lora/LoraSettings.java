package studio.thresho.lora;

import java.math.BigDecimal;

/**
 * How a LoRA is used, as the user enters it when adding one.
 *
 * @param trainedFromVersion the talent version it was trained from; blank means the active version
 */
public record LoraSettings(String name, String triggerWord, BigDecimal defaultWeight, String baseModel, String trainedFromVersion) {
}
