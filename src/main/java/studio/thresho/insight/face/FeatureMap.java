package studio.thresho.insight.face;

/**
 * A height x width x channels block of floats, channels innermost: the layout face-api's tensors
 * have, so the weights read from its manifests apply without reordering.
 */
record FeatureMap(int height, int width, int channels, float[] values) {

    FeatureMap {
        if (values.length != height * width * channels) {
            throw new IllegalArgumentException("expected " + height * width * channels + " values, got " + values.length);
        }
    }

    static FeatureMap zeros(int height, int width, int channels) {
        return new FeatureMap(height, width, channels, new float[height * width * channels]);
    }

    float get(int y, int x, int channel) {
        return values[(y * width + x) * channels + channel];
    }
}
