package studio.thresho.insight.face;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;

/**
 * face-api's image preparation: RGB values 0-255 as floats, slicing a face out, padding to a square
 * with black and TensorFlow's bilinear resize (no corner alignment, no half-pixel centres).
 */
final class ImageTensors {

    private ImageTensors() {
    }

    /**
     * The image's RGB values. Grey images are read from their raster: {@code getRGB} would pass
     * them through a linear-grey colour space and brighten them, unlike every other decoder.
     */
    static FeatureMap rgb(BufferedImage image) {
        if (image.getColorModel().getColorSpace().getType() == ColorSpace.TYPE_GRAY) {
            return grey(image);
        }
        int width = image.getWidth();
        int height = image.getHeight();
        int[] argb = image.getRGB(0, 0, width, height, null, 0, width);
        float[] values = new float[width * height * 3];
        for (int i = 0; i < argb.length; i++) {
            values[i * 3] = (argb[i] >> 16) & 0xFF;
            values[i * 3 + 1] = (argb[i] >> 8) & 0xFF;
            values[i * 3 + 2] = argb[i] & 0xFF;
        }
        return new FeatureMap(height, width, 3, values);
    }

    private static FeatureMap grey(BufferedImage image) {
        Raster raster = image.getRaster();
        int max = (1 << raster.getSampleModel().getSampleSize(0)) - 1;
        float[] values = new float[image.getWidth() * image.getHeight() * 3];
        int i = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                float grey = Math.round(raster.getSample(x, y, 0) * 255f / max);
                values[i++] = grey;
                values[i++] = grey;
                values[i++] = grey;
            }
        }
        return new FeatureMap(image.getHeight(), image.getWidth(), 3, values);
    }

    static BufferedImage toImage(FeatureMap map) {
        BufferedImage image = new BufferedImage(map.width(), map.height(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < map.height(); y++) {
            for (int x = 0; x < map.width(); x++) {
                image.setRGB(x, y, (byte255(map.get(y, x, 0)) << 16) | (byte255(map.get(y, x, 1)) << 8) | byte255(map.get(y, x, 2)));
            }
        }
        return image;
    }

    static FeatureMap slice(FeatureMap in, PixelBox box) {
        int ch = in.channels();
        float[] out = new float[box.width() * box.height() * ch];
        for (int y = 0; y < box.height(); y++) {
            System.arraycopy(in.values(), ((box.y() + y) * in.width() + box.x()) * ch, out, y * box.width() * ch, box.width() * ch);
        }
        return new FeatureMap(box.height(), box.width(), ch, out);
    }

    /**
     * Pads the shorter side with zeros. Centred, the larger half (rounded) goes after the image;
     * otherwise all of it does, which keeps the image's top-left corner at the origin.
     */
    static FeatureMap padToSquare(FeatureMap in, boolean centred) {
        int size = Math.max(in.height(), in.width());
        if (in.height() == in.width()) {
            return in;
        }
        int diff = size - Math.min(in.height(), in.width());
        int after = (int) (centred ? Math.round(diff * 0.5) : diff);
        int before = diff - after;
        int top = in.height() < in.width() ? before : 0;
        int left = in.width() < in.height() ? before : 0;
        int ch = in.channels();
        FeatureMap out = FeatureMap.zeros(size, size, ch);
        for (int y = 0; y < in.height(); y++) {
            System.arraycopy(in.values(), y * in.width() * ch, out.values(), ((top + y) * size + left) * ch, in.width() * ch);
        }
        return out;
    }

    static FeatureMap resizeBilinear(FeatureMap in, int height, int width) {
        if (in.height() == height && in.width() == width) {
            return in;
        }
        int ch = in.channels();
        float[] x = in.values();
        float[] out = new float[height * width * ch];
        double rowRatio = (double) in.height() / height;
        double colRatio = (double) in.width() / width;
        int o = 0;
        for (int r = 0; r < height; r++) {
            double sourceRow = rowRatio * r;
            int top = (int) Math.floor(sourceRow);
            double rowFrac = sourceRow - top;
            int bottom = Math.min(in.height() - 1, (int) Math.ceil(sourceRow));
            for (int c = 0; c < width; c++) {
                double sourceCol = colRatio * c;
                int left = (int) Math.floor(sourceCol);
                double colFrac = sourceCol - left;
                int right = Math.min(in.width() - 1, (int) Math.ceil(sourceCol));
                for (int d = 0; d < ch; d++) {
                    double topLeft = x[(top * in.width() + left) * ch + d];
                    double topRight = x[(top * in.width() + right) * ch + d];
                    double bottomLeft = x[(bottom * in.width() + left) * ch + d];
                    double bottomRight = x[(bottom * in.width() + right) * ch + d];
                    double upper = topLeft + (topRight - topLeft) * colFrac;
                    double lower = bottomLeft + (bottomRight - bottomLeft) * colFrac;
                    out[o++] = (float) (upper + (lower - upper) * rowFrac);
                }
            }
        }
        return new FeatureMap(height, width, ch, out);
    }

    /** A square network input: padded, resized, the mean colour subtracted and divided by 255. */
    static FeatureMap networkInput(FeatureMap image, int size, boolean centred, float[] meanRgb) {
        FeatureMap square = resizeBilinear(padToSquare(image, centred), size, size);
        float[] v = square.values().clone();
        for (int i = 0; i < v.length; i++) {
            v[i] = (v[i] - meanRgb[i % 3]) / 255f;
        }
        return new FeatureMap(size, size, 3, v);
    }

    private static int byte255(float value) {
        return Math.clamp(Math.round(value), 0, 255);
    }
}
