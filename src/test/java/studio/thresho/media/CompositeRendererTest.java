package studio.thresho.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import studio.thresho.testsupport.IntegrationTest;

@IntegrationTest
@WithMockUser(roles = {"EDITOR", "VIEWER"})
class CompositeRendererTest {

    private static final Color[] VIEW_COLOURS = {Color.RED, Color.GREEN, Color.BLUE, Color.ORANGE, Color.MAGENTA,
            Color.CYAN, Color.PINK, Color.YELLOW};
    private static final List<String> LABELS = List.of("Front face", "Profile left", "Profile right", "Full body front",
            "Full body back", "3/4 angle", "Action pose", "Expression");

    @Autowired
    CompositeRenderer renderer;
    @Autowired
    MediaService media;

    @Test
    void rendersTheHeadshotAndEightLabelledViewsInAGrid() throws IOException {
        List<CompositeRenderer.LoadedView> views = IntStream.range(0, 8)
                .mapToObj(i -> new CompositeRenderer.LoadedView(LABELS.get(i), TestImages.solid(200, 300, VIEW_COLOURS[i])))
                .toList();

        BufferedImage sheet = ImageIO.read(new ByteArrayInputStream(renderer.render(TestImages.solid(500, 500, Color.DARK_GRAY), views)));

        int cell = CompositeRenderer.TILE + CompositeRenderer.LABEL_HEIGHT;
        int headshot = 2 * cell + CompositeRenderer.GAP - CompositeRenderer.LABEL_HEIGHT;
        assertThat(sheet.getHeight()).isEqualTo(CompositeRenderer.GAP + 2 * (cell + CompositeRenderer.GAP));
        assertThat(new Color(sheet.getRGB(CompositeRenderer.GAP + headshot / 2, CompositeRenderer.GAP + headshot / 2))).isEqualTo(Color.DARK_GRAY);
        for (int i = 0; i < 8; i++) {
            int x = 2 * CompositeRenderer.GAP + headshot + (i % 4) * (CompositeRenderer.TILE + CompositeRenderer.GAP);
            int y = CompositeRenderer.GAP + (i / 4) * (cell + CompositeRenderer.GAP);
            Color centre = new Color(sheet.getRGB(x + CompositeRenderer.TILE / 2, y + CompositeRenderer.TILE / 2));
            assertThat(centre).as(LABELS.get(i)).isEqualTo(VIEW_COLOURS[i]);
            assertThat(hasLightPixels(sheet, x, y + CompositeRenderer.TILE, CompositeRenderer.TILE, CompositeRenderer.LABEL_HEIGHT))
                    .as("label text of " + LABELS.get(i)).isTrue();
        }
    }

    @Test
    void moreThanEightViewsAreRefused() {
        List<CompositeRenderer.LoadedView> nine = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            nine.add(new CompositeRenderer.LoadedView("View " + i, TestImages.solid(10, 10, Color.GRAY)));
        }
        assertThatThrownBy(() -> renderer.render(TestImages.solid(10, 10, Color.GRAY), nine))
                .isInstanceOf(MediaRejectedException.class).hasMessageContaining("at most 8");
    }

    @Test
    void theCompositeIsStoredLikeAnyImage() {
        StoredMedia headshot = media.ingest("head.png", TestImages.png(300, 300, 11));
        List<CompositeRenderer.View> views = List.of(
                new CompositeRenderer.View("Front face", media.ingest("front.png", TestImages.png(200, 300, 12)).key()),
                new CompositeRenderer.View("Profile left", media.ingest("left.jpg", TestImages.jpeg(200, 300, 13)).key()));

        StoredMedia composite = renderer.renderAndStore(headshot.key(), views);

        assertThat(composite.mimeType()).isEqualTo("image/png");
        assertThat(media.find(composite.key())).contains(composite);
    }

    private static boolean hasLightPixels(BufferedImage image, int x, int y, int width, int height) {
        for (int dy = 0; dy < height; dy++) {
            for (int dx = 0; dx < width; dx++) {
                Color c = new Color(image.getRGB(x + dx, y + dy));
                if (c.getRed() > 200 && c.getGreen() > 200 && c.getBlue() > 200) {
                    return true;
                }
            }
        }
        return false;
    }
}
