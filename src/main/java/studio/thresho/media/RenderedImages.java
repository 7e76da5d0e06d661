package studio.thresho.media;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import net.coobird.thumbnailator.Thumbnails;

/** Helpers for images the application draws itself: scaled to fit a square, encoded as PNG. */
public final class RenderedImages {

    private RenderedImages() {
    }

    public static byte[] png(BufferedImage image) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Scaled down (never up beyond the box) to fit a size x size box, keeping its proportions. */
    public static BufferedImage fit(BufferedImage image, int size) {
        try {
            return Thumbnails.of(image).size(size, size).imageType(BufferedImage.TYPE_INT_RGB).asBufferedImage();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
