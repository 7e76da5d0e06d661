package studio.thresho.provider;

import java.util.List;

/**
 * An engine that keeps its own LoRA files (ComfyUI, AUTOMATIC1111): the names it lists, which are
 * the names a workflow or a prompt takes. A LoRA of a talent can only be one of these for such an
 * engine, since neither receives model files through its API.
 */
public interface InstalledLoras {

    String id();

    String displayName();

    boolean available();

    /**
     * The installed LoRAs, as the engine names them.
     *
     * @throws ProviderRefusedException when the engine does not list them (too old, no extension)
     * @throws ProviderUnreachableException when the engine does not answer
     */
    List<String> installedLoras();
}
