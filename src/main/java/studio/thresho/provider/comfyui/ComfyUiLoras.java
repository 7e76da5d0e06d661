package studio.thresho.provider.comfyui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import studio.thresho.provider.EngineLora;
import studio.thresho.provider.ProviderRefusedException;

/**
 * Puts {@code LoraLoader} nodes between a filled workflow's checkpoint loader and everything that
 * read its model and CLIP outputs, chained when there are several LoRAs.
 */
final class ComfyUiLoras {

    static final String NODE_PREFIX = "thresho_lora_";
    private static final int MODEL_OUTPUT = 0;
    private static final int CLIP_OUTPUT = 1;

    private ComfyUiLoras() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> inserted(Map<String, Object> workflow, List<EngineLora> loras) {
        if (loras.isEmpty()) {
            return workflow;
        }
        String checkpoint = workflow.entrySet().stream()
                .filter(node -> String.valueOf(((Map<String, Object>) node.getValue()).get("class_type")).startsWith("CheckpointLoader"))
                .map(Map.Entry::getKey).findFirst()
                .orElseThrow(() -> new ProviderRefusedException("The ComfyUI workflow has no CheckpointLoader node to put the talent's LoRA after; "
                        + "switch the LoRA off or use a workflow with one."));
        Map<String, Object> result = new LinkedHashMap<>(workflow);
        String previous = checkpoint;
        List<String> added = new ArrayList<>();
        for (int i = 0; i < loras.size(); i++) {
            String id = NODE_PREFIX + (i + 1);
            Map<String, Object> inputs = new LinkedHashMap<>();
            inputs.put("model", List.of(previous, MODEL_OUTPUT));
            inputs.put("clip", List.of(previous, CLIP_OUTPUT));
            inputs.put("lora_name", loras.get(i).name());
            inputs.put("strength_model", loras.get(i).weight().doubleValue());
            inputs.put("strength_clip", loras.get(i).weight().doubleValue());
            result.put(id, Map.of("class_type", "LoraLoader", "inputs", inputs));
            added.add(id);
            previous = id;
        }
        String last = previous;
        result.replaceAll((id, node) -> added.contains(id) ? node : rewired((Map<String, Object>) node, checkpoint, last));
        return result;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> rewired(Map<String, Object> node, String checkpoint, String last) {
        Map<String, Object> inputs = new LinkedHashMap<>((Map<String, Object>) node.get("inputs"));
        inputs.replaceAll((name, value) -> {
            if (value instanceof List<?> link && link.size() == 2 && checkpoint.equals(String.valueOf(link.get(0)))
                    && link.get(1) instanceof Number output && (output.intValue() == MODEL_OUTPUT || output.intValue() == CLIP_OUTPUT)) {
                return List.of(last, output.intValue());
            }
            return value;
        });
        Map<String, Object> copy = new LinkedHashMap<>(node);
        copy.put("inputs", inputs);
        return copy;
    }
}
