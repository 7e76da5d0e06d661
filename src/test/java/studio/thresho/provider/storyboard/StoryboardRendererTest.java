package studio.thresho.provider.storyboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import studio.thresho.media.TestImages;

class StoryboardRendererTest {

    private final StoryboardRenderer renderer = new StoryboardRenderer();

    private static BufferedImage reference() throws IOException {
        return ImageIO.read(new ByteArrayInputStream(TestImages.png(200, 260, 3)));
    }

    @Test
    void aFrameIsA16By9PngAndTheSameSeedDrawsTheSameFrame() throws IOException {
        List<StoryboardRenderer.Reference> references = List.of(new StoryboardRenderer.Reference(reference(), "Marcus · character"));
        String text = "A medium shot of Marcus, fading a client's hairline in Downtown Shop.";

        byte[] first = renderer.render("Frame 1 of 1", text, references, 42);
        byte[] again = renderer.render("Frame 1 of 1", text, references, 42);
        byte[] otherSeed = renderer.render("Frame 1 of 1", text, references, 43);

        BufferedImage frame = ImageIO.read(new ByteArrayInputStream(first));
        assertThat(frame.getWidth()).isEqualTo(1280);
        assertThat(frame.getHeight()).isEqualTo(720);
        assertThat(again).isEqualTo(first);
        assertThat(otherSeed).isNotEqualTo(first);
    }

    @Test
    void theBannerSaysItIsAPlaceholder() throws IOException {
        BufferedImage frame = ImageIO.read(new ByteArrayInputStream(renderer.render("Frame", "text", List.of(), 1)));

        // the red banner across the top marks every frame as placeholder art
        int banner = frame.getRGB(30, 30) & 0xFFFFFF;
        assertThat(banner).isEqualTo(0xB03A2E);
        assertThat(StoryboardRenderer.BANNER).contains("not AI imagery");
    }

    @Test
    void aLongTextAndManyReferencesStillFit() throws IOException {
        List<StoryboardRenderer.Reference> many = java.util.Collections.nCopies(9, new StoryboardRenderer.Reference(reference(), "x".repeat(80)));

        byte[] png = renderer.render("Frame", "word ".repeat(2000), many, 5);

        assertThat(ImageIO.read(new ByteArrayInputStream(png)).getWidth()).isEqualTo(1280);
    }
}
