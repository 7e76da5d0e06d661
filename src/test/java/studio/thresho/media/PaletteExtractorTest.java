package studio.thresho.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

class PaletteExtractorTest {

    private final PaletteExtractor extractor = new PaletteExtractor(null);

    @Test
    void findsTheDominantColoursMostDominantFirst() {
        Color[] colours = {new Color(0xB0, 0x30, 0x20), new Color(0x20, 0x60, 0xC0), new Color(0xF0, 0xC0, 0x10),
                new Color(0x20, 0xA0, 0x40), new Color(0x60, 0x20, 0x80), new Color(0x10, 0x10, 0x10)};
        int[] widths = {300, 200, 150, 100, 80, 60};
        BufferedImage image = new BufferedImage(890, 100, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        int x = 0;
        for (int i = 0; i < colours.length; i++) {
            g.setColor(colours[i]);
            g.fillRect(x, 0, widths[i], 100);
            x += widths[i];
        }
        g.dispose();

        List<String> palette = extractor.extract(image);

        assertThat(palette).hasSizeBetween(PaletteExtractor.MIN_COLOURS, PaletteExtractor.MAX_COLOURS);
        assertThat(palette).allMatch(hex -> hex.matches("#[0-9a-f]{6}"));
        assertThat(distance(palette.getFirst(), colours[0])).isLessThan(24);
        for (Color colour : colours) {
            assertThat(palette).anyMatch(hex -> distance(hex, colour) < 24);
        }
    }

    @Test
    void aSingleColourImageGivesThatColour() {
        List<String> palette = extractor.extract(TestImages.solid(50, 50, new Color(0x33, 0x66, 0x99)));

        assertThat(palette).isNotEmpty();
        assertThat(distance(palette.getFirst(), new Color(0x33, 0x66, 0x99))).isLessThan(12);
    }

    @Test
    void transparentImagesAreReadOnWhite() {
        BufferedImage image = new BufferedImage(40, 40, BufferedImage.TYPE_INT_ARGB);
        assertThat(extractor.extract(image)).isNotEmpty().allMatch(hex -> hex.matches("#[0-9a-f]{6}"));
    }

    private static int distance(String hex, Color colour) {
        Color parsed = Color.decode(hex);
        return Math.abs(parsed.getRed() - colour.getRed()) + Math.abs(parsed.getGreen() - colour.getGreen())
                + Math.abs(parsed.getBlue() - colour.getBlue());
    }
}
