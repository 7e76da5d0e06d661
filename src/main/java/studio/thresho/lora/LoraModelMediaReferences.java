package studio.thresho.lora;

import java.util.Collection;
import java.util.Set;
import org.springframework.stereotype.Component;
import studio.thresho.media.MediaReferences;

/** An uploaded LoRA file stays as long as the talent's LoRA names it. */
@Component
class LoraModelMediaReferences implements MediaReferences {

    private final LoraModelStore store;

    LoraModelMediaReferences(LoraModelStore store) {
        this.store = store;
    }

    @Override
    public String owner() {
        return "lora (models)";
    }

    @Override
    public Set<String> referenced(Collection<String> keys) {
        return keys.isEmpty() ? Set.of() : store.referenced(keys);
    }
}
