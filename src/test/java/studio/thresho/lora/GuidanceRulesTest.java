package studio.thresho.lora;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GuidanceRulesTest {

    @Test
    void underTenImagesWarnsAboutOverfittingAndOffersAugmentation() {
        TrainingGuidance guidance = GuidanceRules.of(9, List.of("Thin gold chain"), 2);

        assertThat(guidance.enough()).isFalse();
        assertThat(guidance.summary()).isEqualTo("9 images of the recommended 10-20: fewer than 10.");
        assertThat(guidance.warning()).contains("overfit").contains("Add 1 or more");
        assertThat(guidance.augmentation()).hasSize(4)
                .anySatisfy(line -> assertThat(line).startsWith("Generate more views from the headshot"))
                .anySatisfy(line -> assertThat(line).isEqualTo("Tick the talent's 2 reference images below."))
                .anySatisfy(line -> assertThat(line).startsWith("Mirrored copies: let the trainer flip"))
                .anySatisfy(line -> assertThat(line).startsWith("Crops"));
        assertThat(guidance.mirrorWarning()).isNull();
    }

    @Test
    void tenToTwentyIsEnoughAndMoreIsFine() {
        assertThat(GuidanceRules.of(10, List.of(), 0).enough()).isTrue();
        assertThat(GuidanceRules.of(10, List.of(), 0).warning()).isNull();
        assertThat(GuidanceRules.of(10, List.of(), 0).augmentation()).isEmpty();
        assertThat(GuidanceRules.of(20, List.of(), 0).summary()).endsWith(": enough.");
        assertThat(GuidanceRules.of(25, List.of(), 0).summary()).contains("more than enough");
        assertThat(GuidanceRules.of(1, List.of(), 0).summary()).startsWith("1 image of");
    }

    @Test
    void mirroringIsAdvisedAgainstForASideATattooOrAScar() {
        TrainingGuidance marcus = GuidanceRules.of(9, List.of("Small tattoo on right forearm", "Black male, mid-30s. Warm brown eyes."), 0);

        assertThat(marcus.mirrorWarning()).isEqualTo("Do not mirror these images: a flip moves \"Small tattoo on right forearm\" to the other "
                + "side, and the LoRA learns both.");
        assertThat(marcus.augmentation()).contains("Mirrored copies: not for this talent (see the warning).")
                .contains("Add reference images to the talent (photos from a shoot, earlier results that look right).");
        assertThat(GuidanceRules.mirrorWarning(List.of("Scar through the left eyebrow"))).contains("Scar through the left eyebrow");
        assertThat(GuidanceRules.mirrorWarning(List.of("hair parted on one side"))).isNotNull();
        assertThat(GuidanceRules.mirrorWarning(List.of("Round glasses, freckles", "Bright smile"))).isNull();
        assertThat(GuidanceRules.of(12, List.of("tattooed knuckles"), 0).mirrorWarning()).isNotNull();
    }
}
