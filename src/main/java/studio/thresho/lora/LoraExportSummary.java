package studio.thresho.lora;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One recorded export ({@code lora_exports}).
 *
 * @param fileName the download's file name
 * @param captions each image as exported, with its caption
 */
public record LoraExportSummary(UUID id, UUID lineageId, String version, LoraFormat format, int imageCount, String trigger,
                                String classWord, Integer longSide, String fileName, UUID createdBy, Instant createdAt,
                                List<ExportedCaption> captions) {

    /** One image's caption as exported. */
    public record ExportedCaption(String file, String mediaKey, String caption, String suggested, boolean edited) {
    }

    public long editedCaptions() {
        return captions.stream().filter(ExportedCaption::edited).count();
    }
}
