package studio.thresho.lora;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import studio.thresho.asset.AssetImageView;

/**
 * One talent's training dataset as it will be exported: the version, the choices, every image with
 * its caption, the references that could be ticked, and the guidance for its size.
 *
 * @param attributes the talent's field values of that version
 */
public record LoraDataset(UUID lineageId, UUID versionId, String version, String name, String slug, LoraFormat format, String trigger,
                          SubjectClass subjectClass, Integer longSide, List<DatasetImage> images, List<AssetImageView> references,
                          Map<String, Object> attributes, TrainingGuidance guidance) {

    public int imageCount() {
        return images.size();
    }

    /** The caption in the file, as the format writes it (ai-toolkit: {@code [trigger]} for the trigger word). */
    String captionText(DatasetImage image) {
        return format == LoraFormat.AI_TOOLKIT ? CaptionRules.withPlaceholder(image.caption(), trigger) : image.caption();
    }
}
