package studio.thresho.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import studio.thresho.demo.PlaceholderArt.Subject;

class PlaceholderArtTest {

    private static final Color BLUE = new Color(0x2E, 0x5E, 0x8C);

    @Test
    void rendersADecodablePngOfTheRequestedSize() throws IOException {
        byte[] png = PlaceholderArt.png(Subject.PROFILE_LEFT, "Marcus · Profile left", BLUE, 300, 420);

        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(300);
        assertThat(image.getHeight()).isEqualTo(420);
    }

    @Test
    void peopleArePortraitAndThingsLandscape() throws IOException {
        for (Subject subject : Subject.values()) {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(PlaceholderArt.png(subject, subject.name(), BLUE)));
            if (subject.isPerson()) {
                assertThat(image.getWidth()).as(subject.name()).isEqualTo(PlaceholderArt.PORTRAIT_WIDTH);
                assertThat(image.getHeight()).as(subject.name()).isEqualTo(PlaceholderArt.PORTRAIT_HEIGHT);
            } else {
                assertThat(image.getWidth()).as(subject.name()).isEqualTo(PlaceholderArt.LANDSCAPE_WIDTH);
                assertThat(image.getHeight()).as(subject.name()).isEqualTo(PlaceholderArt.LANDSCAPE_HEIGHT);
            }
        }
    }

    @Test
    void differentLabelsGiveDifferentBytes() {
        byte[] marcus = PlaceholderArt.png(Subject.HEAD_AND_SHOULDERS, "Marcus · Headshot", BLUE);
        byte[] sofia = PlaceholderArt.png(Subject.HEAD_AND_SHOULDERS, "Sofia · Headshot", BLUE);

        assertThat(marcus).isNotEqualTo(sofia);
        assertThat(PlaceholderArt.png(Subject.HEAD_AND_SHOULDERS, "Marcus · Headshot", BLUE)).as("deterministic").isEqualTo(marcus);
    }
}
