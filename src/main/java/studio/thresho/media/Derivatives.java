package studio.thresho.media;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import net.coobird.thumbnailator.Thumbnails;
import org.springframework.stereotype.Component;

/**
 * Thumbnail and preview of a decoded image, re-encoded so that grids and detail views never load
 * originals: JPEG for opaque images, PNG where transparency must survive.
 */
@Component
class Derivatives {

    private static final double JPEG_QUALITY = 0.85;

    String mimeTypeFor(BufferedImage image) {
        return image.getColorModel().hasAlpha() ? "image/png" : "image/jpeg";
    }

    byte[] scaled(BufferedImage image, int longestSide) {
        boolean alpha = image.getColorModel().hasAlpha();
        int width = image.getWidth();
        int height = image.getHeight();
        double scale = Math.min(1.0, (double) longestSide / Math.max(width, height));
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Thumbnails.Builder<BufferedImage> builder = Thumbnails.of(image)
                    .size(Math.max(1, (int) Math.round(width * scale)), Math.max(1, (int) Math.round(height * scale)))
                    .imageType(alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB)
                    .outputFormat(alpha ? "png" : "jpg");
            if (!alpha) {
                builder.outputQuality(JPEG_QUALITY);
            }
            builder.toOutputStream(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not scale the image", e);
        }
    }
}
