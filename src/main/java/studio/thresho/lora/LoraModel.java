package studio.thresho.lora;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * One LoRA of a talent.
 *
 * @param source             what the engine needs: the Replicate version, the engine's LoRA name
 *                           (with the provider id in {@code provider}), the weights URL, or the
 *                           uploaded file's name
 * @param mediaKey           the stored file of an upload, else null
 * @param trainedFromVersion the talent version the LoRA learned, "1.1.0"
 * @param outdated           "trained from v1.1.0; the talent is now v2.0.0" when the talent's active
 *                           version has a newer major version
 */
public record LoraModel(UUID id, UUID lineageId, LoraKind kind, String name, String provider, String source, String mediaKey,
                        Long fileSize, String triggerWord, BigDecimal defaultWeight, String baseModel, String trainedFromVersion,
                        String status, Instant createdAt, Optional<String> outdated) {

    /** Used whenever the talent is picked on an engine that can. */
    public static final String ACTIVE = "active";
    /** Kept, but not used until switched on again. */
    public static final String SWITCHED_OFF = "disabled";

    public boolean active() {
        return ACTIVE.equals(status);
    }

    LoraModel withOutdated(Optional<String> note) {
        return new LoraModel(id, lineageId, kind, name, provider, source, mediaKey, fileSize, triggerWord, defaultWeight, baseModel,
                trainedFromVersion, status, createdAt, note);
    }

    /** "marcus-v2 (0.8)", as the plan preview names it. */
    public String shortLabel() {
        return name + " (" + defaultWeight.stripTrailingZeros().toPlainString() + ")";
    }
}
