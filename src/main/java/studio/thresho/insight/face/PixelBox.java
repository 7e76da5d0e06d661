package studio.thresho.insight.face;

/** A whole-pixel region of an image. */
public record PixelBox(int x, int y, int width, int height) {

    /**
     * face-api's {@code clipAtImageBorders}: the box cut to the image, each number then floored.
     */
    static PixelBox clip(double x, double y, double width, double height, int imageWidth, int imageHeight) {
        double left = Math.max(x, 0);
        double top = Math.max(y, 0);
        double clippedWidth = Math.min(x + width - left, imageWidth - left);
        double clippedHeight = Math.min(y + height - top, imageHeight - top);
        return new PixelBox((int) Math.floor(left), (int) Math.floor(top),
                (int) Math.floor(clippedWidth), (int) Math.floor(clippedHeight));
    }

    boolean isEmpty() {
        return width <= 0 || height <= 0;
    }
}
