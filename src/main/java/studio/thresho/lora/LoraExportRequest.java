package studio.thresho.lora;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What the user chose for one talent's dataset. The images and suggested captions are worked out
 * again on the server from the version; only the ticks and the caption texts come from the page.
 *
 * @param versionId    the version to export, or null for the active one
 * @param subjectClass the class word, or null to read it from the profile
 * @param longSide     the long side images are scaled down to, or null to keep the originals
 * @param references   the reference images ticked to go along with the headshot and sheet views
 * @param captions     captions the user wrote, by image id; the others keep their suggestion
 */
public record LoraExportRequest(UUID lineageId, UUID versionId, LoraFormat format, String trigger, SubjectClass subjectClass,
                                Integer longSide, Set<UUID> references, Map<UUID, String> captions) {

    public LoraExportRequest {
        references = references == null ? Set.of() : Set.copyOf(references);
        captions = captions == null ? Map.of() : Map.copyOf(captions);
        trigger = trigger == null ? null : trigger.strip();
    }

    public LoraExportRequest withCaptions(Map<UUID, String> edited) {
        return new LoraExportRequest(lineageId, versionId, format, trigger, subjectClass, longSide, references, edited);
    }
}
