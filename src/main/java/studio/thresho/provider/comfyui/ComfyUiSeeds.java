package studio.thresho.provider.comfyui;

import java.util.List;
import java.util.Map;

/**
 * The seed a run used, read back from the workflow ComfyUI keeps in its history: the submission
 * keeps only the prompt_id, and the workflow is the record of what actually ran.
 */
final class ComfyUiSeeds {

    private ComfyUiSeeds() {
    }

    /** The {@code seed} (KSampler) or {@code noise_seed} (KSamplerAdvanced, SamplerCustom) of the first sampler that has one. */
    static Long seedOf(List<Object> queuedPrompt) {
        if (queuedPrompt == null || queuedPrompt.size() < 3 || !(queuedPrompt.get(2) instanceof Map<?, ?> workflow)) {
            return null;
        }
        for (Object node : workflow.values()) {
            if (node instanceof Map<?, ?> fields && fields.get("inputs") instanceof Map<?, ?> inputs) {
                Object seed = inputs.get("seed") != null ? inputs.get("seed") : inputs.get("noise_seed");
                if (seed instanceof Number number) {
                    return number.longValue();
                }
            }
        }
        return null;
    }
}
