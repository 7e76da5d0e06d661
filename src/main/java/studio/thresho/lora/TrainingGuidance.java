package studio.thresho.lora;

import java.util.List;

/**
 * What the guidance panel says about a dataset's size.
 *
 * @param imageCount   the images the export holds
 * @param enough       at least {@link GuidanceRules#MINIMUM} images
 * @param summary      one sentence: the count against the recommended 10-20
 * @param warning      the overfitting warning under the minimum, else null
 * @param augmentation concrete ways the product can add images, when there are too few
 * @param mirrorWarning why mirrored copies would teach the wrong face (a side, a tattoo, a scar), else null
 */
public record TrainingGuidance(int imageCount, boolean enough, String summary, String warning, List<String> augmentation,
                               String mirrorWarning) {
}
