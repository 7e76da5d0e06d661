package studio.thresho.insight.face;

import java.util.List;

/** A point in an image's pixels. */
public record FacePoint(double x, double y) {

    static FacePoint centre(List<FacePoint> points) {
        double x = 0;
        double y = 0;
        for (FacePoint point : points) {
            x += point.x;
            y += point.y;
        }
        return new FacePoint(x / points.size(), y / points.size());
    }

    double distance(FacePoint other) {
        return Math.hypot(x - other.x, y - other.y);
    }
}
