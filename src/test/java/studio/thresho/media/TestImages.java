package studio.thresho.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/** Real image files made in memory (WebP, which Java cannot write, comes from test resources). */
public final class TestImages {

    private TestImages() {
    }

    /** A noisy picture: noise keeps JPEG data large enough to truncate meaningfully, and makes each seed unique. */
    public static BufferedImage picture(int width, int height, long seed, boolean alpha) {
        BufferedImage image = new BufferedImage(width, height, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Random random = new Random(seed);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int rgb = ((x * 255 / width) << 16) | ((y * 255 / height) << 8) | random.nextInt(64);
                image.setRGB(x, y, alpha ? (((x % 2 == 0 ? 0x80 : 0xFF)) << 24) | rgb : rgb);
            }
        }
        return image;
    }

    public static BufferedImage solid(int width, int height, Color colour) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, width, height);
        g.dispose();
        return image;
    }

    public static byte[] encode(BufferedImage image, String format) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("No writer for " + format);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] jpeg(int width, int height, long seed) {
        return encode(picture(width, height, seed, false), "jpg");
    }

    public static byte[] png(int width, int height, long seed) {
        return encode(picture(width, height, seed, false), "png");
    }

    public static byte[] transparentPng(int width, int height, long seed) {
        return encode(picture(width, height, seed, true), "png");
    }

    public static byte[] gif(int width, int height, long seed) {
        return encode(picture(width, height, seed, false), "gif");
    }

    public static byte[] webp() {
        try (InputStream in = TestImages.class.getResourceAsStream("/media/sample.webp")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A valid PNG header whose IHDR claims the given size, with no real pixel data behind it. */
    public static byte[] pngHeaderClaiming(int width, int height) {
        return pngHeaderClaiming(width, height, 8);
    }

    /** A valid PNG header of an RGB image with the given bits per channel (8 or 16), with no real pixel data behind it. */
    public static byte[] pngHeaderClaiming(int width, int height, int bitDepth) {
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) bitDepth).put((byte) 2)
                .put((byte) 0).put((byte) 0).put((byte) 0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        chunk(out, "IHDR", ihdr.array());
        chunk(out, "IDAT", new byte[] {0x78, (byte) 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01});
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(typeBytes);
        out.writeBytes(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    public static byte[] text(String content) {
        return content.getBytes(StandardCharsets.UTF_8);
    }
}
