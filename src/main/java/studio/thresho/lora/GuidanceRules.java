package studio.thresho.lora;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * How many images a character LoRA wants (10-20, what trainers from kohya to Replicate recommend)
 * against what the talent has, and, below the minimum, the augmentation the product can do. A
 * mirrored copy swaps left and right: it is advised against when the talent's distinguishing
 * features name a side or an asymmetric mark.
 */
public final class GuidanceRules {

    public static final int MINIMUM = 10;
    public static final int RECOMMENDED = 20;
    private static final Set<String> ASYMMETRIC = Set.of("left", "right", "side", "tattoo", "tattoos", "tattooed", "scar", "scars",
            "scarred", "birthmark", "mole", "parting", "parted", "eyepatch", "piercing", "asymmetric", "asymmetrical");

    private GuidanceRules() {
    }

    /**
     * @param imageCount the images in the dataset
     * @param features   the talent's distinguishing features and physical description
     * @param references reference images not ticked yet, which could join
     */
    public static TrainingGuidance of(int imageCount, List<String> features, int references) {
        String mirror = mirrorWarning(features);
        String summary = imageCount + " image" + (imageCount == 1 ? "" : "s") + " of the recommended " + MINIMUM + "-" + RECOMMENDED
                + (imageCount >= MINIMUM ? (imageCount > RECOMMENDED ? ": more than enough; the best 20 often train as well." : ": enough.")
                : ": fewer than " + MINIMUM + ".");
        if (imageCount >= MINIMUM) {
            return new TrainingGuidance(imageCount, true, summary, null, List.of(), mirror);
        }
        String warning = "With " + imageCount + " images the LoRA is likely to overfit: it copies these exact pictures (pose, light, "
                + "background) instead of learning the face. Add " + (MINIMUM - imageCount) + " or more before training.";
        List<String> augmentation = new ArrayList<>();
        augmentation.add("Generate more views from the headshot (the wizard's technique): new angles, expressions and outfits on the "
                + "Generate page with the talent cast, then add the best results to the talent.");
        if (references > 0) {
            augmentation.add("Tick the talent's " + references + " reference image" + (references == 1 ? "" : "s") + " below.");
        } else {
            augmentation.add("Add reference images to the talent (photos from a shoot, earlier results that look right).");
        }
        augmentation.add(mirror == null ? "Mirrored copies: let the trainer flip images (kohya flip_aug, ai-toolkit flip_x)."
                : "Mirrored copies: not for this talent (see the warning).");
        augmentation.add("Crops: a close crop of the face from each full-body view adds a detailed image of the face.");
        return new TrainingGuidance(imageCount, false, summary, warning, List.copyOf(augmentation), mirror);
    }

    /** Names the features that a mirror would move to the other side, or null when none. */
    static String mirrorWarning(List<String> features) {
        List<String> asymmetric = features.stream().filter(Objects::nonNull).flatMap(text -> Arrays.stream(text.split("[.;,\\n]")))
                .map(String::strip).filter(phrase -> Arrays.stream(phrase.toLowerCase(Locale.ROOT).split("[^a-z]+")).anyMatch(ASYMMETRIC::contains))
                .distinct().toList();
        return asymmetric.isEmpty() ? null : "Do not mirror these images: a flip moves \"" + String.join("\", \"", asymmetric)
                + "\" to the other side, and the LoRA learns both.";
    }
}
