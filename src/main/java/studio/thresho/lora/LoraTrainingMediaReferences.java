package studio.thresho.lora;

import java.util.Collection;
import java.util.Set;
import org.springframework.stereotype.Component;
import studio.thresho.media.MediaReferences;

/** A training's dataset ZIP stays until the training has been sent; Replicate keeps its own copy after that. */
@Component
class LoraTrainingMediaReferences implements MediaReferences {

    private final LoraTrainingStore store;

    LoraTrainingMediaReferences(LoraTrainingStore store) {
        this.store = store;
    }

    @Override
    public String owner() {
        return "lora (trainings)";
    }

    @Override
    public Set<String> referenced(Collection<String> keys) {
        return keys.isEmpty() ? Set.of() : store.referenced(keys);
    }
}
