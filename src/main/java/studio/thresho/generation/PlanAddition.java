package studio.thresho.generation;

/**
 * Something a feature added to a plan through a {@link PlanContributor}, shown in the plan's
 * preview and switchable off per generation.
 *
 * @param id    stable within the plan, e.g. {@code lora:<lineage id>}
 * @param label what the user sees: "LoRA marcus-v2 (0.8)"
 * @param on    false when the user switched it off for this generation
 */
public record PlanAddition(String id, String label, boolean on) {
}
