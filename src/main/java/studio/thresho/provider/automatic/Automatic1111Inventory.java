package studio.thresho.provider.automatic;

import java.util.List;
import java.util.Objects;
import studio.thresho.provider.ProviderHttpException;

/**
 * What an engine has installed, for the connection test: its checkpoints ({@code GET /sdapi/v1/sd-models},
 * by the title {@code override_settings} takes) and LoRAs ({@code GET /sdapi/v1/loras}, by the name
 * a prompt's {@code <lora:name:weight>} takes).
 */
final class Automatic1111Inventory {

    static final int MAX_LISTED = 10;

    private Automatic1111Inventory() {
    }

    /** "2 checkpoints available: a, b. LoRAs: c." plus a warning when the configured checkpoint is not installed. */
    static String describe(Automatic1111Api api, String auth, String configuredCheckpoint) {
        List<Automatic1111Api.Checkpoint> checkpoints = api.checkpoints(auth);
        List<String> titles = checkpoints == null ? List.of() : checkpoints.stream().map(Automatic1111Api.Checkpoint::title)
                .filter(Objects::nonNull).toList();
        StringBuilder text = new StringBuilder(titles.size() + " checkpoint" + (titles.size() == 1 ? "" : "s") + " available"
                + (titles.isEmpty() ? "." : ": " + listed(titles)));
        text.append(loras(api, auth));
        if (configuredCheckpoint != null && !configuredCheckpoint.isBlank() && checkpoints != null && checkpoints.stream()
                .noneMatch(checkpoint -> configuredCheckpoint.strip().equals(checkpoint.title())
                        || configuredCheckpoint.strip().equals(checkpoint.modelName()))) {
            text.append(" The configured checkpoint \"").append(configuredCheckpoint.strip())
                    .append("\" is not among them: choose one of the titles above under Admin > Providers.");
        }
        return text.toString();
    }

    /** " LoRAs: a, b." ; nothing when the engine has no LoRA extension (404). */
    private static String loras(Automatic1111Api api, String auth) {
        try {
            List<Automatic1111Api.Lora> loras = api.loras(auth);
            List<String> names = loras == null ? List.of() : loras.stream().map(Automatic1111Api.Lora::name).filter(Objects::nonNull).toList();
            return names.isEmpty() ? " LoRAs: none." : " LoRAs: " + listed(names);
        } catch (ProviderHttpException notListed) {
            if (notListed.status() == 404) {
                return "";
            }
            throw notListed;
        }
    }

    private static String listed(List<String> names) {
        return String.join(", ", names.stream().limit(MAX_LISTED).toList())
                + (names.size() > MAX_LISTED ? " and " + (names.size() - MAX_LISTED) + " more" : "") + ".";
    }
}
