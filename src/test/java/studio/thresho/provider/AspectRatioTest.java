package studio.thresho.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The one place ratios are read and turned into pixel sizes. */
class AspectRatioTest {

    @Test
    void readsRatiosAndTreatsUnreadableOnesAsSquare() {
        assertThat(AspectRatio.parse("16:9")).isEqualTo(new AspectRatio(16, 9));
        assertThat(AspectRatio.parse(" 2.39:1 ")).isEqualTo(new AspectRatio(2.39, 1));
        assertThat(AspectRatio.parse("wide")).isEqualTo(AspectRatio.SQUARE);
        assertThat(AspectRatio.parse("16:0")).isEqualTo(AspectRatio.SQUARE);
        assertThat(AspectRatio.parse(null)).isEqualTo(AspectRatio.SQUARE);
        assertThat(AspectRatio.parse("16:9")).hasToString("16:9");
        assertThatThrownBy(() -> new AspectRatio(-1, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void orientationIsLandscapePortraitOrSquare() {
        assertThat(AspectRatio.parse("3:2").orientation()).isPositive();
        assertThat(AspectRatio.parse("9:16").orientation()).isNegative();
        assertThat(AspectRatio.parse("1:1").orientation()).isZero();
    }

    @Test
    void sizesKeepTheLongSideAndRoundEachSideToTheStep() {
        assertThat(AspectRatio.parse("4:3").size(1024, 8)).isEqualTo(new AspectRatio.Size(1024, 768));
        assertThat(AspectRatio.parse("1:1").size(1000, 8)).isEqualTo(new AspectRatio.Size(1000, 1000));
        assertThat(AspectRatio.parse("21:9").size(1024, 8)).isEqualTo(new AspectRatio.Size(1024, 440));
        assertThat(AspectRatio.parse("9:16").size(1440, 32, 256, 1440)).isEqualTo(new AspectRatio.Size(800, 1440));
        assertThat(AspectRatio.parse("1:1").size(1440, 32, 256, 1440)).isEqualTo(new AspectRatio.Size(1440, 1440));
        assertThat(AspectRatio.parse("20:1").size(1440, 32, 256, 1440)).as("the short side stays within the minimum")
                .isEqualTo(new AspectRatio.Size(1440, 256));
    }
}
