package studio.thresho.provider.midjourney;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import studio.thresho.base.UserFacingException;

/** Each parameter's range: both bounds accepted, a value just outside refused with the parameter and range named. */
class MidjourneySettingsTest {

    private static final MidjourneySettings V6 = MidjourneySettings.of(MidjourneyVersion.shipped("6"));
    private static final MidjourneySettings V7 = MidjourneySettings.of(MidjourneyVersion.shipped("7"));

    @Test
    void characterWeightIs0To100() {
        assertThat(V6.withCharacterWeight(0).characterWeight()).isZero();
        assertThat(V6.withCharacterWeight(100).characterWeight()).isEqualTo(100);
        assertRefused(() -> V6.withCharacterWeight(101), "Character weight (--cw) must be between 0 and 100; 101 is outside that range.");
        assertRefused(() -> V6.withCharacterWeight(-1), "Character weight (--cw) must be between 0 and 100; -1 is outside that range.");
    }

    @Test
    void omniWeightOnVersion7Is1To1000() {
        assertThat(V7.withCharacterWeight(1).characterWeight()).isEqualTo(1);
        assertThat(V7.withCharacterWeight(1000).characterWeight()).isEqualTo(1000);
        assertRefused(() -> V7.withCharacterWeight(0), "Omni weight (--ow) must be between 1 and 1000; 0 is outside that range.");
        assertRefused(() -> V7.withCharacterWeight(1001), "Omni weight (--ow) must be between 1 and 1000; 1001 is outside that range.");
    }

    @Test
    void styleWeightIs0To1000() {
        assertThat(V6.withStyleWeight(0).styleWeight()).isZero();
        assertThat(V6.withStyleWeight(1000).styleWeight()).isEqualTo(1000);
        assertRefused(() -> V6.withStyleWeight(-1), "Style weight (--sw) must be between 0 and 1000; -1 is outside that range.");
        assertRefused(() -> V6.withStyleWeight(1001), "Style weight (--sw) must be between 0 and 1000; 1001 is outside that range.");
    }

    @Test
    void imageWeightIs0To3() {
        assertThat(V6.withImageWeight(0.0).imageWeight()).isZero();
        assertThat(V6.withImageWeight(3.0).imageWeight()).isEqualTo(3.0);
        assertRefused(() -> V6.withImageWeight(3.5), "Image weight (--iw) must be between 0 and 3; 3.5 is outside that range.");
        assertRefused(() -> V6.withImageWeight(-0.1), "Image weight (--iw) must be between 0 and 3; -0.1 is outside that range.");
        assertRefused(() -> V6.withImageWeight(Double.NaN), "Image weight (--iw) must be between 0 and 3; NaN is outside that range.");
    }

    @Test
    void seedIs0To4294967295() {
        assertThat(V6.withSeed(0L).seed()).isZero();
        assertThat(V6.withSeed(4_294_967_295L).seed()).isEqualTo(4_294_967_295L);
        assertRefused(() -> V6.withSeed(-1L), "Seed (--seed) must be between 0 and 4294967295; -1 is outside that range.");
        assertRefused(() -> V6.withSeed(4_294_967_296L), "Seed (--seed) must be between 0 and 4294967295; 4294967296 is outside that range.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"16:9", "1:1", "9:16", "21:9", "4:5"})
    void aspectRatioAcceptsPositiveWholeNumbers(String ratio) {
        assertThat(V6.withAspectRatio(ratio).aspectRatio()).isEqualTo(ratio);
    }

    @Test
    void aspectRatioIsWrittenPlainly() {
        assertThat(V6.withAspectRatio(" 016:09 ").aspectRatio()).isEqualTo("16:9");
        assertThat(V6.withAspectRatio("  ").aspectRatio()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"16x9", "0:1", "1:0", "16:9:1", "1.5:1", "-16:9", "16/9", "wide"})
    void aspectRatioRefusesAnythingElse(String ratio) {
        assertRefused(() -> V6.withAspectRatio(ratio),
                "Aspect ratio (--ar) must be two positive whole numbers as W:H, such as 16:9; \"" + ratio + "\" is not.");
    }

    @Test
    void everythingUnsetIsLeftToMidjourney() {
        assertThat(V6.withNegative(" \n ")).isEqualTo(new MidjourneySettings(MidjourneyVersion.shipped("6"), null, null, null, null, null, null));
    }

    private static void assertRefused(Runnable settings, String message) {
        assertThatThrownBy(settings::run).isInstanceOf(UserFacingException.class).hasMessage(message);
    }
}
