package studio.thresho.prompt;

import java.util.UUID;

/** A reference image to send with the prompt, with the asset version it belongs to. */
public record ReferenceImage(String mediaKey, ReferenceRole role, UUID lineageId, UUID versionId, String assetName) {
}
