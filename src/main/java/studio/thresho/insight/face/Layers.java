package studio.thresho.insight.face;

import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * The tensor operations the three face-api networks use, written as plain loops over
 * {@link FeatureMap}s with TensorFlow's padding rules ("same" puts the odd pixel at the bottom/right).
 */
final class Layers {

    /** Below this many multiply-adds a layer runs on one thread: forking would cost more. */
    private static final long PARALLEL_WORK = 2_000_000;

    private Layers() {
    }

    enum Padding { SAME, VALID }

    /** A dense convolution with filters in [height, width, in, out] order, plus the bias. */
    static FeatureMap conv(FeatureMap in, Weights.Tensor filters, float[] bias, int stride, Padding padding) {
        int kh = filters.shape()[0];
        int kw = filters.shape()[1];
        int cin = filters.shape()[2];
        int cout = filters.shape()[3];
        check(in, cin);
        Window window = Window.of(in, kh, kw, stride, padding);
        int outH = window.height();
        int outW = window.width();
        int padTop = window.top();
        int padLeft = window.left();
        float[] w = filters.values();
        float[] x = in.values();
        float[] out = new float[outH * outW * cout];
        rows(outH, (long) outW * kh * kw * cin * cout, oy -> {
            for (int ox = 0; ox < outW; ox++) {
                int o = (oy * outW + ox) * cout;
                System.arraycopy(bias, 0, out, o, cout);
                for (int ky = 0; ky < kh; ky++) {
                    int iy = oy * stride - padTop + ky;
                    if (iy < 0 || iy >= in.height()) {
                        continue;
                    }
                    for (int kx = 0; kx < kw; kx++) {
                        int ix = ox * stride - padLeft + kx;
                        if (ix < 0 || ix >= in.width()) {
                            continue;
                        }
                        int i = (iy * in.width() + ix) * cin;
                        int k = (ky * kw + kx) * cin * cout;
                        for (int c = 0; c < cin; c++, k += cout) {
                            float v = x[i + c];
                            for (int co = 0; co < cout; co++) {
                                out[o + co] += v * w[k + co];
                            }
                        }
                    }
                }
            }
        });
        return new FeatureMap(outH, outW, cout, out);
    }

    /** A depthwise 3x3 (or any size) convolution with filters in [height, width, channels, 1] order, no bias. */
    static FeatureMap depthwise(FeatureMap in, Weights.Tensor filters, int stride, Padding padding) {
        int kh = filters.shape()[0];
        int kw = filters.shape()[1];
        int ch = filters.shape()[2];
        check(in, ch);
        Window window = Window.of(in, kh, kw, stride, padding);
        int outH = window.height();
        int outW = window.width();
        int padTop = window.top();
        int padLeft = window.left();
        float[] w = filters.values();
        float[] x = in.values();
        float[] out = new float[outH * outW * ch];
        rows(outH, (long) outW * kh * kw * ch, oy -> {
            for (int ox = 0; ox < outW; ox++) {
                int o = (oy * outW + ox) * ch;
                for (int ky = 0; ky < kh; ky++) {
                    int iy = oy * stride - padTop + ky;
                    if (iy < 0 || iy >= in.height()) {
                        continue;
                    }
                    for (int kx = 0; kx < kw; kx++) {
                        int ix = ox * stride - padLeft + kx;
                        if (ix < 0 || ix >= in.width()) {
                            continue;
                        }
                        int i = (iy * in.width() + ix) * ch;
                        int k = (ky * kw + kx) * ch;
                        for (int c = 0; c < ch; c++) {
                            out[o + c] += x[i + c] * w[k + c];
                        }
                    }
                }
            }
        });
        return new FeatureMap(outH, outW, ch, out);
    }

    /** TensorFlow's separable convolution (depthwise, then a 1x1 pointwise) plus the bias. */
    static FeatureMap separable(FeatureMap in, Weights weights, String prefix, int stride, Padding padding) {
        FeatureMap depth = depthwise(in, weights.tensor(prefix + "/depthwise_filter"), stride, padding);
        return conv(depth, weights.tensor(prefix + "/pointwise_filter"), weights.values(prefix + "/bias"), 1, Padding.VALID);
    }

    /** Per channel {@code x * weights + biases}, dlib's affine "scale" layer. */
    static FeatureMap scale(FeatureMap in, float[] weights, float[] biases) {
        check(in, weights.length);
        float[] v = in.values();
        int ch = in.channels();
        for (int i = 0; i < v.length; i++) {
            int c = i % ch;
            v[i] = v[i] * weights[c] + biases[c];
        }
        return in;
    }

    static FeatureMap relu(FeatureMap in) {
        float[] v = in.values();
        for (int i = 0; i < v.length; i++) {
            v[i] = Math.max(v[i], 0f);
        }
        return in;
    }

    /** face-api's leaky ReLU, computed the way it does: {@code relu(x - 0.1x) + 0.1x}. */
    static FeatureMap leaky(FeatureMap in) {
        float[] v = in.values();
        for (int i = 0; i < v.length; i++) {
            float min = v[i] * 0.10000000149011612f;
            v[i] = Math.max(v[i] - min, 0f) + min;
        }
        return in;
    }

    /** Element-wise sum into {@code target}. */
    static FeatureMap add(FeatureMap target, FeatureMap other) {
        float[] t = target.values();
        float[] o = other.values();
        if (t.length != o.length) {
            throw new IllegalArgumentException("cannot add maps of " + t.length + " and " + o.length + " values");
        }
        for (int i = 0; i < t.length; i++) {
            t[i] += o[i];
        }
        return target;
    }

    /** Max pooling; TensorFlow's "same" padding ignores the pixels outside the map. */
    static FeatureMap maxPool(FeatureMap in, int size, int stride, Padding padding) {
        return pool(in, size, stride, padding, true);
    }

    /** Average pooling over windows that lie inside the map ("valid"). */
    static FeatureMap avgPool(FeatureMap in, int size, int stride) {
        return pool(in, size, stride, Padding.VALID, false);
    }

    private static FeatureMap pool(FeatureMap in, int size, int stride, Padding padding, boolean max) {
        int ch = in.channels();
        Window window = Window.of(in, size, size, stride, padding);
        int outH = window.height();
        int outW = window.width();
        int padTop = window.top();
        int padLeft = window.left();
        float[] x = in.values();
        float[] out = new float[outH * outW * ch];
        for (int oy = 0; oy < outH; oy++) {
            for (int ox = 0; ox < outW; ox++) {
                for (int c = 0; c < ch; c++) {
                    float acc = max ? Float.NEGATIVE_INFINITY : 0f;
                    int count = 0;
                    for (int ky = 0; ky < size; ky++) {
                        int iy = oy * stride - padTop + ky;
                        for (int kx = 0; kx < size; kx++) {
                            int ix = ox * stride - padLeft + kx;
                            if (iy < 0 || iy >= in.height() || ix < 0 || ix >= in.width()) {
                                continue;
                            }
                            float v = x[(iy * in.width() + ix) * ch + c];
                            acc = max ? Math.max(acc, v) : acc + v;
                            count++;
                        }
                    }
                    out[(oy * outW + ox) * ch + c] = max ? acc : acc / count;
                }
            }
        }
        return new FeatureMap(outH, outW, ch, out);
    }

    /** The mean of each channel over height and width. */
    static float[] mean(FeatureMap in) {
        int ch = in.channels();
        double[] sums = new double[ch];
        float[] v = in.values();
        for (int i = 0; i < v.length; i++) {
            sums[i % ch] += v[i];
        }
        float[] means = new float[ch];
        int pixels = in.height() * in.width();
        for (int c = 0; c < ch; c++) {
            means[c] = (float) (sums[c] / pixels);
        }
        return means;
    }

    /** {@code vector x matrix}, the matrix in [in, out] order, plus an optional bias. */
    static float[] fullyConnected(float[] vector, Weights.Tensor matrix, float[] bias) {
        int rows = matrix.shape()[0];
        int cols = matrix.shape()[1];
        if (vector.length != rows) {
            throw new IllegalArgumentException("vector of " + vector.length + " for a " + rows + "x" + cols + " matrix");
        }
        float[] out = bias == null ? new float[cols] : bias.clone();
        float[] m = matrix.values();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                out[c] += vector[r] * m[r * cols + c];
            }
        }
        return out;
    }

    /** Zero rows at the bottom and zero columns at the right until the map is {@code height x width}. */
    static FeatureMap padBottomRight(FeatureMap in, int height, int width) {
        if (in.height() == height && in.width() == width) {
            return in;
        }
        int ch = in.channels();
        FeatureMap out = FeatureMap.zeros(height, width, ch);
        for (int y = 0; y < in.height(); y++) {
            System.arraycopy(in.values(), y * in.width() * ch, out.values(), y * width * ch, in.width() * ch);
        }
        return out;
    }

    /** Zero channels appended until the map has {@code channels}. */
    static FeatureMap padChannels(FeatureMap in, int channels) {
        if (in.channels() == channels) {
            return in;
        }
        int pixels = in.height() * in.width();
        float[] out = new float[pixels * channels];
        for (int p = 0; p < pixels; p++) {
            System.arraycopy(in.values(), p * in.channels(), out, p * channels, in.channels());
        }
        return new FeatureMap(in.height(), in.width(), channels, out);
    }

    /** Output size of a sliding window and the padding before the first row and column (TensorFlow's rules). */
    private record Window(int height, int width, int top, int left) {

        static Window of(FeatureMap in, int kernelHeight, int kernelWidth, int stride, Padding padding) {
            int height = outSize(in.height(), kernelHeight, stride, padding);
            int width = outSize(in.width(), kernelWidth, stride, padding);
            return new Window(height, width, padBefore(in.height(), height, kernelHeight, stride),
                    padBefore(in.width(), width, kernelWidth, stride));
        }

        private static int outSize(int in, int kernel, int stride, Padding padding) {
            return padding == Padding.SAME ? (in + stride - 1) / stride : (in - kernel) / stride + 1;
        }

        private static int padBefore(int in, int out, int kernel, int stride) {
            return Math.max((out - 1) * stride + kernel - in, 0) / 2;
        }
    }

    private static void check(FeatureMap in, int channels) {
        if (in.channels() != channels) {
            throw new IllegalArgumentException("expected " + channels + " channels, got " + in.channels());
        }
    }

    private static void rows(int count, long workPerRow, IntConsumer row) {
        IntStream rows = IntStream.range(0, count);
        (workPerRow * count >= PARALLEL_WORK ? rows.parallel() : rows).forEach(row);
    }
}
