package studio.thresho.provider;

/**
 * An image's aspect ratio such as 16:9, and the pixel sizes providers derive from it. An
 * unreadable ratio counts as square, so a provider still gets a valid size.
 */
public record AspectRatio(double width, double height) {

    public static final AspectRatio SQUARE = new AspectRatio(1, 1);

    /** A pixel size. */
    public record Size(int width, int height) {
    }

    public AspectRatio {
        if (!(width > 0) || !(height > 0)) {
            throw new IllegalArgumentException("An aspect ratio has two positive sides: " + width + ":" + height);
        }
    }

    /** "16:9" → 16:9; anything unreadable → square. */
    public static AspectRatio parse(String text) {
        if (text == null) {
            return SQUARE;
        }
        String[] sides = text.trim().split(":");
        try {
            return sides.length == 2 ? new AspectRatio(Double.parseDouble(sides[0]), Double.parseDouble(sides[1])) : SQUARE;
        } catch (IllegalArgumentException unreadable) {
            return SQUARE;
        }
    }

    /** Positive for landscape, negative for portrait, 0 for square. */
    public int orientation() {
        return Double.compare(width, height);
    }

    /**
     * The size with the given long side, each side rounded to a multiple of {@code step} and kept
     * between {@code minSide} and {@code maxSide}.
     */
    public Size size(double longSide, int step, int minSide, int maxSide) {
        double scale = longSide / Math.max(width, height);
        return new Size(fit(width * scale, step, minSide, maxSide), fit(height * scale, step, minSide, maxSide));
    }

    /** The size with the given long side, each side a multiple of {@code step} (at least one step). */
    public Size size(double longSide, int step) {
        return size(longSide, step, step, Integer.MAX_VALUE);
    }

    private static int fit(double side, int step, int minSide, int maxSide) {
        int rounded = (int) Math.round(side / step) * step;
        return Math.max(minSide, Math.min(maxSide, rounded));
    }

    @Override
    public String toString() {
        return format(width) + ":" + format(height);
    }

    private static String format(double side) {
        return side == Math.rint(side) ? Long.toString((long) side) : Double.toString(side);
    }
}
