package studio.thresho.media;

import de.androidpit.colorthief.ColorThief;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The dominant colours of an image (modified median cut quantisation), most dominant first, as
 * {@code #rrggbb}. Works on the stored preview, which is plenty for a palette.
 */
@Service
public class PaletteExtractor {

    public static final int MIN_COLOURS = 5;
    public static final int MAX_COLOURS = 8;
    private static final int SAMPLING_STEP = 5;

    private final BlobStore blobs;

    PaletteExtractor(BlobStore blobs) {
        this.blobs = blobs;
    }

    /** Up to {@link #MAX_COLOURS} colours; fewer only when the image has fewer distinct colours. */
    public List<String> extract(BufferedImage image) {
        BufferedImage rgb = toRgb(image);
        int[][] palette = ColorThief.getPalette(rgb, MAX_COLOURS, SAMPLING_STEP, false);
        if (palette == null) {
            int[] only = ColorThief.getColor(rgb, SAMPLING_STEP, false);
            palette = only == null ? new int[0][] : new int[][] {only};
        }
        return byPopulation(rgb, clamp(palette)).stream()
                .map(colour -> hex(colour[0], colour[1], colour[2]))
                .distinct()
                .limit(MAX_COLOURS)
                .toList();
    }

    /**
     * The quantiser's order is not by how much of the image a colour covers, so each sampled pixel
     * is counted towards its nearest palette colour and the palette is sorted by that count.
     */
    private static List<int[]> byPopulation(BufferedImage image, int[][] palette) {
        long[] counts = new long[palette.length];
        for (int y = 0; y < image.getHeight(); y += SAMPLING_STEP) {
            for (int x = 0; x < image.getWidth(); x += SAMPLING_STEP) {
                counts[nearest(palette, image.getRGB(x, y))]++;
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < palette.length; i++) {
            if (counts[i] > 0) {
                order.add(i);
            }
        }
        order.sort((a, b) -> Long.compare(counts[b], counts[a]));
        return order.stream().map(i -> palette[i]).toList();
    }

    private static int nearest(int[][] palette, int rgb) {
        int red = (rgb >> 16) & 0xFF;
        int green = (rgb >> 8) & 0xFF;
        int blue = rgb & 0xFF;
        int best = 0;
        long bestDistance = Long.MAX_VALUE;
        for (int i = 0; i < palette.length; i++) {
            long dr = palette[i][0] - red;
            long dg = palette[i][1] - green;
            long db = palette[i][2] - blue;
            long distance = dr * dr + dg * dg + db * db;
            if (distance < bestDistance) {
                bestDistance = distance;
                best = i;
            }
        }
        return best;
    }

    /** The quantiser can round a channel up to 256. */
    private static int[][] clamp(int[][] palette) {
        int[][] clamped = new int[palette.length][];
        for (int i = 0; i < palette.length; i++) {
            clamped[i] = new int[] {Math.min(255, palette[i][0]), Math.min(255, palette[i][1]), Math.min(255, palette[i][2])};
        }
        return clamped;
    }

    /** The palette of a stored image. */
    @PreAuthorize("isAuthenticated()")
    public List<String> extract(String mediaKey) {
        try (InputStream preview = blobs.open(mediaKey, MediaVariant.PREVIEW)) {
            BufferedImage image = ImageIO.read(preview);
            if (image == null) {
                throw new MediaRejectedException("That image cannot be read.");
            }
            return extract(image);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the preview of " + mediaKey, e);
        }
    }

    private static BufferedImage toRgb(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_RGB || image.getType() == BufferedImage.TYPE_3BYTE_BGR) {
            return image;
        }
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        var graphics = rgb.createGraphics();
        graphics.setColor(java.awt.Color.WHITE);
        graphics.fillRect(0, 0, image.getWidth(), image.getHeight());
        graphics.drawImage(image, 0, 0, null);
        graphics.dispose();
        return rgb;
    }

    static String hex(int red, int green, int blue) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", red, green, blue);
    }
}
