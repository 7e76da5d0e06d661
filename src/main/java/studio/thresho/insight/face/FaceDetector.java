package studio.thresho.insight.face;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import studio.thresho.insight.face.Layers.Padding;

/**
 * face-api's tiny face detector: a YOLO v2 head on depthwise-separable convolutions over a 416x416
 * input, 13x13 cells of five anchor boxes, then non-maximum suppression.
 */
final class FaceDetector {

    static final int INPUT_SIZE = 416;
    private static final float[] MEAN_RGB = {117.001f, 114.697f, 97.404f};
    private static final double[][] ANCHORS = {
        {1.603231, 2.094468}, {6.041143, 7.080126}, {2.882459, 3.518061}, {4.266906, 5.178857}, {9.041765, 10.66308}};
    private static final double IOU_THRESHOLD = 0.4;
    private static final int BOX_ENCODING = 5;

    private final Weights weights = Weights.load("tiny_face_detector_model");

    /** Faces scoring above {@code minScore}, best first, boxes in the image's pixels. */
    List<FaceBox> detect(FeatureMap image, double minScore) {
        FeatureMap out = forward(ImageTensors.networkInput(image, INPUT_SIZE, false, MEAN_RGB));
        double scale = (double) INPUT_SIZE / Math.max(image.width(), image.height());
        double reshapedWidth = Math.round(image.width() * scale);
        double reshapedHeight = Math.round(image.height() * scale);
        List<FaceBox> candidates = decode(out, INPUT_SIZE / reshapedWidth, INPUT_SIZE / reshapedHeight, minScore);
        return suppress(candidates).stream()
                .map(box -> new FaceBox(box.x() * image.width(), box.y() * image.height(),
                        box.width() * image.width(), box.height() * image.height(), box.score()))
                .toList();
    }

    private FeatureMap forward(FeatureMap input) {
        FeatureMap out = Layers.leaky(Layers.conv(input, weights.tensor("conv0/filters"), weights.values("conv0/bias"), 1, Padding.VALID));
        out = Layers.maxPool(out, 2, 2, Padding.SAME);
        for (int layer = 1; layer <= 5; layer++) {
            out = Layers.leaky(Layers.separable(out, weights, "conv" + layer, 1, Padding.SAME));
            out = Layers.maxPool(out, 2, layer == 5 ? 1 : 2, Padding.SAME);
        }
        return Layers.conv(out, weights.tensor("conv8/filters"), weights.values("conv8/bias"), 1, Padding.VALID);
    }

    /** Boxes relative to the image (0-1), corrected for the padding that made the input square. */
    private static List<FaceBox> decode(FeatureMap out, double correctionX, double correctionY, double minScore) {
        int cells = out.height();
        List<FaceBox> boxes = new ArrayList<>();
        for (int row = 0; row < cells; row++) {
            for (int col = 0; col < cells; col++) {
                for (int anchor = 0; anchor < ANCHORS.length; anchor++) {
                    int base = anchor * BOX_ENCODING;
                    double score = sigmoid(out.get(row, col, base + 4));
                    if (score <= minScore) {
                        continue;
                    }
                    double centreX = (col + sigmoid(out.get(row, col, base))) / cells * correctionX;
                    double centreY = (row + sigmoid(out.get(row, col, base + 1))) / cells * correctionY;
                    double width = Math.exp(out.get(row, col, base + 2)) * ANCHORS[anchor][0] / cells * correctionX;
                    double height = Math.exp(out.get(row, col, base + 3)) * ANCHORS[anchor][1] / cells * correctionY;
                    boxes.add(new FaceBox(centreX - width / 2, centreY - height / 2, width, height, score));
                }
            }
        }
        return boxes;
    }

    /** Keeps the best box of each overlapping group, best first (face-api's non-maximum suppression). */
    private static List<FaceBox> suppress(List<FaceBox> candidates) {
        List<FaceBox> remaining = new ArrayList<>(candidates);
        remaining.sort(Comparator.comparingDouble(FaceBox::score).reversed());
        List<FaceBox> kept = new ArrayList<>();
        while (!remaining.isEmpty()) {
            FaceBox best = remaining.removeFirst();
            kept.add(best);
            remaining.removeIf(other -> best.iou(other) > IOU_THRESHOLD);
        }
        return kept;
    }

    private static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }
}
