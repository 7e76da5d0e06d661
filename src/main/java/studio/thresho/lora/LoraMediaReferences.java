package studio.thresho.lora;

import java.util.Collection;
import java.util.Set;
import org.springframework.stereotype.Component;
import studio.thresho.media.MediaReferences;

/** The images a recorded LoRA export holds stay, so the export's provenance keeps pointing at real files. */
@Component
class LoraMediaReferences implements MediaReferences {

    private final LoraExportStore store;

    LoraMediaReferences(LoraExportStore store) {
        this.store = store;
    }

    @Override
    public String owner() {
        return "lora (exports)";
    }

    @Override
    public Set<String> referenced(Collection<String> keys) {
        return keys.isEmpty() ? Set.of() : store.referenced(keys);
    }
}
