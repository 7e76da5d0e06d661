package studio.thresho.insight.face;

import java.util.ArrayList;
import java.util.List;

import studio.thresho.insight.face.Layers.Padding;

/**
 * face-api's 68-point landmark network: four dense blocks of separable convolutions over a 112x112
 * input, a 7x7 average pool and a 256 to 136 fully connected layer (x, y for each point).
 */
final class LandmarkNet {

    static final int POINTS = 68;
    private static final int INPUT_SIZE = 112;
    private static final float[] MEAN_RGB = {122.782f, 117.001f, 104.298f};

    private final Weights weights = Weights.load("face_landmark_68_model");

    /** The 68 landmarks of the face in {@code face}, in its own pixels. */
    List<FacePoint> landmarks(FeatureMap face) {
        FeatureMap out = ImageTensors.networkInput(face, INPUT_SIZE, true, MEAN_RGB);
        for (int block = 0; block < 4; block++) {
            out = denseBlock(out, "dense" + block, block == 0);
        }
        out = Layers.avgPool(out, 7, 2);
        float[] raw = Layers.fullyConnected(out.values(), weights.tensor("fc/weights"), weights.values("fc/bias"));
        return toPoints(raw, face.width(), face.height());
    }

    private FeatureMap denseBlock(FeatureMap in, String prefix, boolean first) {
        FeatureMap out1 = first
                ? Layers.conv(in, weights.tensor(prefix + "/conv0/filters"), weights.values(prefix + "/conv0/bias"), 2, Padding.SAME)
                : Layers.separable(in, weights, prefix + "/conv0", 2, Padding.SAME);
        Layers.relu(out1);
        FeatureMap out2 = Layers.separable(out1, weights, prefix + "/conv1", 1, Padding.SAME);
        FeatureMap in3 = Layers.relu(Layers.add(copy(out1), out2));
        FeatureMap out3 = Layers.separable(in3, weights, prefix + "/conv2", 1, Padding.SAME);
        FeatureMap in4 = Layers.relu(Layers.add(Layers.add(copy(out1), out2), out3));
        FeatureMap out4 = Layers.separable(in4, weights, prefix + "/conv3", 1, Padding.SAME);
        return Layers.relu(Layers.add(Layers.add(Layers.add(out1, out2), out3), out4));
    }

    /** Undoes the square padding: the network answers relative to the padded, resized square. */
    private static List<FacePoint> toPoints(float[] raw, int width, int height) {
        float scale = (float) INPUT_SIZE / Math.max(width, height);
        float scaledWidth = width * scale;
        float scaledHeight = height * scale;
        float padX = scaledWidth < scaledHeight ? Math.abs(scaledWidth - scaledHeight) / 2 : 0;
        float padY = scaledHeight < scaledWidth ? Math.abs(scaledWidth - scaledHeight) / 2 : 0;
        List<FacePoint> points = new ArrayList<>(POINTS);
        for (int i = 0; i < POINTS; i++) {
            float relativeX = (raw[2 * i] * INPUT_SIZE - padX) / scaledWidth;
            float relativeY = (raw[2 * i + 1] * INPUT_SIZE - padY) / scaledHeight;
            points.add(new FacePoint(relativeX * width, relativeY * height));
        }
        return points;
    }

    private static FeatureMap copy(FeatureMap map) {
        return new FeatureMap(map.height(), map.width(), map.channels(), map.values().clone());
    }
}
