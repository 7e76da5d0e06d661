package studio.thresho.insight.face;

import studio.thresho.insight.face.Layers.Padding;

/**
 * dlib's face recognition ResNet as face-api publishes it: a 150x150 face in, 128 numbers out;
 * two faces whose descriptors lie less than 0.6 apart (Euclidean) are the same person.
 */
final class RecognitionNet {

    static final int INPUT_SIZE = 150;
    static final int DESCRIPTOR_LENGTH = 128;
    private static final float[] MEAN_RGB = {122.782f, 117.001f, 104.298f};
    private static final String[] BLOCKS = {
        "conv32_1", "conv32_2", "conv32_3",
        "conv64_down", "conv64_1", "conv64_2", "conv64_3",
        "conv128_down", "conv128_1", "conv128_2",
        "conv256_down", "conv256_1", "conv256_2", "conv256_down_out"};

    private final Weights weights = Weights.load("face_recognition_model");

    /** The descriptor of a face cut out by {@link FaceAligner} (any size: it is squared and resized). */
    float[] describe(FeatureMap face) {
        FeatureMap out = ImageTensors.networkInput(face, INPUT_SIZE, true, MEAN_RGB);
        out = convLayer(out, "conv32_down", 2, Padding.VALID, true);
        out = Layers.maxPool(out, 3, 2, Padding.VALID);
        for (String block : BLOCKS) {
            out = block.endsWith("down") || block.endsWith("down_out") ? residualDown(out, block) : residual(out, block);
        }
        return Layers.fullyConnected(Layers.mean(out), weights.tensor("fc"), null);
    }

    private FeatureMap residual(FeatureMap in, String prefix) {
        FeatureMap out = convLayer(in, prefix + "/conv1", 1, Padding.SAME, true);
        out = convLayer(out, prefix + "/conv2", 1, Padding.SAME, false);
        return Layers.relu(Layers.add(out, in));
    }

    /** Halves the size: the shortcut is a 2x2 average pool, zero-padded to the doubled channel count. */
    private FeatureMap residualDown(FeatureMap in, String prefix) {
        FeatureMap out = convLayer(in, prefix + "/conv1", 2, Padding.VALID, true);
        out = convLayer(out, prefix + "/conv2", 1, Padding.SAME, false);
        FeatureMap pooled = Layers.avgPool(in, 2, 2);
        out = Layers.padBottomRight(out, pooled.height(), pooled.width());
        pooled = Layers.padChannels(pooled, out.channels());
        return Layers.relu(Layers.add(pooled, out));
    }

    private FeatureMap convLayer(FeatureMap in, String prefix, int stride, Padding padding, boolean relu) {
        FeatureMap out = Layers.conv(in, weights.tensor(prefix + "/conv/filters"), weights.values(prefix + "/conv/bias"), stride, padding);
        Layers.scale(out, weights.values(prefix + "/scale/weights"), weights.values(prefix + "/scale/biases"));
        return relu ? Layers.relu(out) : out;
    }
}
