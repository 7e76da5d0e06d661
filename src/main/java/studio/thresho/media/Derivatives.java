package studio.thresho.media;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.springframework.stereotype.Component;

/**
 * Thumbnail and preview of a decoded image, re-encoded so that grids and detail views never load
 * originals: JPEG for opaque images, PNG where transparency must survive.
 *
 * <p>Scaling halves the image with bilinear steps until the last step is less than a halving (as
 * progressive bilinear scalers do, for the same quality), and opaque images are drawn into a
 * 3-byte BGR raster, the layout the JPEG writer encodes without converting pixel by pixel.
 */
@Component
class Derivatives {

    private static final float JPEG_QUALITY = 0.85f;

    /** A preview and the thumbnail scaled from it, encoded. */
    record Encoded(byte[] preview, byte[] thumbnail) {
    }

    String mimeTypeFor(BufferedImage image) {
        return image.getColorModel().hasAlpha() ? "image/png" : "image/jpeg";
    }

    /** The preview and the thumbnail, the thumbnail scaled from the (smaller) preview rather than the decoded image. */
    Encoded previewAndThumbnail(BufferedImage image) {
        BufferedImage preview = fitted(image, MediaLimits.PREVIEW_SIZE);
        BufferedImage thumbnail = fitted(preview, MediaLimits.THUMBNAIL_SIZE);
        return new Encoded(encode(preview), encode(thumbnail));
    }

    /** Scaled down (never up) to fit {@code longestSide}, encoded. */
    byte[] scaled(BufferedImage image, int longestSide) {
        return encode(fitted(image, longestSide));
    }

    private static BufferedImage fitted(BufferedImage image, int longestSide) {
        int width = image.getWidth();
        int height = image.getHeight();
        double scale = Math.min(1.0, (double) longestSide / Math.max(width, height));
        int type = image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_3BYTE_BGR;
        return scaled(image, Math.max(1, (int) Math.round(width * scale)), Math.max(1, (int) Math.round(height * scale)), type);
    }

    private static BufferedImage scaled(BufferedImage source, int width, int height, int type) {
        BufferedImage current = source;
        while (current.getWidth() != width || current.getHeight() != height || current.getType() != type) {
            int stepWidth = Math.max(width, current.getWidth() / 2);
            int stepHeight = Math.max(height, current.getHeight() / 2);
            BufferedImage step = new BufferedImage(stepWidth, stepHeight, type);
            Graphics2D graphics = step.createGraphics();
            try {
                graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
                graphics.drawImage(current, 0, 0, stepWidth, stepHeight, null);
            } finally {
                graphics.dispose();
            }
            current = step;
        }
        return current;
    }

    private static byte[] encode(BufferedImage image) {
        boolean alpha = image.getColorModel().hasAlpha();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            if (alpha) {
                ImageIO.write(image, "png", out);
            } else {
                writeJpeg(image, out);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not encode the scaled image", e);
        }
    }

    private static void writeJpeg(BufferedImage image, ByteArrayOutputStream out) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (ImageOutputStream output = ImageIO.createImageOutputStream(out)) {
            ImageWriteParam quality = writer.getDefaultWriteParam();
            quality.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            quality.setCompressionQuality(JPEG_QUALITY);
            writer.setOutput(output);
            writer.write(null, new IIOImage(image, null, null), quality);
        } finally {
            writer.dispose();
        }
    }
}
