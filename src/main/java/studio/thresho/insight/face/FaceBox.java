package studio.thresho.insight.face;

/** Where a face is in an image, in pixels, with the detector's confidence 0-1. */
public record FaceBox(double x, double y, double width, double height, double score) {

    double right() {
        return x + width;
    }

    double bottom() {
        return y + height;
    }

    double area() {
        return width * height;
    }

    /** Intersection over union, the overlap measure of non-maximum suppression. */
    double iou(FaceBox other) {
        double w = Math.max(0, Math.min(right(), other.right()) - Math.max(x, other.x));
        double h = Math.max(0, Math.min(bottom(), other.bottom()) - Math.max(y, other.y));
        double intersection = w * h;
        return intersection / (area() + other.area() - intersection);
    }
}
