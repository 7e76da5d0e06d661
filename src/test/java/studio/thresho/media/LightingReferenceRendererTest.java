package studio.thresho.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class LightingReferenceRendererTest {

    private static LightingSketch sideKey(int azimuth, Integer fillAzimuth, double fillRatio) {
        return new LightingSketch("Rembrandt", azimuth, 30, fillAzimuth, fillRatio, Color.WHITE, Color.WHITE, 0.3,
                new Color(40, 30, 20), new Color(10, 8, 6), "3200 K, warm", "dramatic", "classic, painterly");
    }

    /** Brightness of the bust's cheek at the given horizontal offset from its centre line. */
    private static int brightness(BufferedImage image, int dx) {
        Color pixel = new Color(image.getRGB(440 + dx, 340));
        return pixel.getRed() + pixel.getGreen() + pixel.getBlue();
    }

    @Test
    void aKeyOnCameraLeftLightsTheLeftOfTheFaceAndTheFillLiftsTheOther() throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(LightingReferenceRenderer.png(sideKey(60, null, 1))));

        assertThat(image.getWidth()).isEqualTo(LightingReferenceRenderer.SIZE);
        assertThat(image.getHeight()).isEqualTo(LightingReferenceRenderer.SIZE);
        assertThat(brightness(image, -90)).isGreaterThan(brightness(image, 90) * 3);

        BufferedImage mirrored = LightingReferenceRenderer.render(sideKey(-60, null, 1));
        assertThat(brightness(mirrored, 90)).isGreaterThan(brightness(mirrored, -90) * 3);

        BufferedImage filled = LightingReferenceRenderer.render(sideKey(60, -60, 2));
        assertThat(brightness(filled, 90)).isGreaterThan(brightness(LightingReferenceRenderer.render(sideKey(60, null, 1)), 90) + 60);
    }

    @Test
    void aKeyBehindTheSubjectDrawsARimAndLeavesTheFaceDark() {
        BufferedImage image = LightingReferenceRenderer.render(sideKey(150, null, 1));

        int edge = brightness(image, -136);
        int centre = brightness(image, 0);
        assertThat(edge).isGreaterThan(centre * 2);
    }

    @Test
    void theSameSetupGivesTheSameBytes() {
        assertThat(LightingReferenceRenderer.png(sideKey(45, -50, 6))).isEqualTo(LightingReferenceRenderer.png(sideKey(45, -50, 6)));
    }

    @Test
    void theCaptionSaysTheSetupInWords() {
        assertThat(sideKey(45, -50, 6).summary())
                .isEqualTo("key 45° camera-left, 30° high · fill 50° camera-right, 6:1 · 3200 K, warm · dramatic shadows");
        assertThat(new LightingSketch("Ring", 0, 0, null, 1, Color.WHITE, Color.WHITE, 1, Color.WHITE, Color.WHITE, "5600 K, neutral",
                "minimal", "bright").summary()).isEqualTo("key on the camera axis · no fill · 5600 K, neutral · minimal shadows");
    }
}
