package studio.thresho.insight.face;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * The named tensors of one face-api model, read from its weights manifest and binary shards on the
 * class path. Quantised tensors are stored as one byte each and restored as {@code min + scale * byte}.
 */
final class Weights {

    static final String MODEL_FOLDER = "models/face-api/";

    record Tensor(int[] shape, float[] values) {
    }

    private record Quantization(String dtype, double scale, double min) {
    }

    private record Entry(String name, int[] shape, String dtype, Quantization quantization) {
    }

    private record Group(List<String> paths, List<Entry> weights) {
    }

    private final String model;
    private final Map<String, Tensor> tensors;

    private Weights(String model, Map<String, Tensor> tensors) {
        this.model = model;
        this.tensors = tensors;
    }

    static Weights load(String model) {
        Group[] groups = JsonMapper.builder().build()
                .readValue(bytes(model + "-weights_manifest.json"), Group[].class);
        Map<String, Tensor> tensors = new HashMap<>();
        for (Group group : groups) {
            ByteBuffer data = ByteBuffer.wrap(shards(group.paths())).order(ByteOrder.LITTLE_ENDIAN);
            for (Entry entry : group.weights()) {
                tensors.put(entry.name(), read(entry, data));
            }
            if (data.hasRemaining()) {
                throw new IllegalStateException(model + ": " + data.remaining() + " bytes left after the last tensor");
            }
        }
        return new Weights(model, tensors);
    }

    Tensor tensor(String name) {
        Tensor tensor = tensors.get(name);
        if (tensor == null) {
            throw new IllegalStateException(model + " has no tensor " + name);
        }
        return tensor;
    }

    float[] values(String name) {
        return tensor(name).values();
    }

    int size() {
        return tensors.size();
    }

    private static Tensor read(Entry entry, ByteBuffer data) {
        int count = 1;
        for (int dimension : entry.shape()) {
            count *= dimension;
        }
        float[] values = new float[count];
        Quantization quantization = entry.quantization();
        if (quantization == null) {
            if (!"float32".equals(entry.dtype())) {
                throw new IllegalStateException(entry.name() + ": unsupported dtype " + entry.dtype());
            }
            for (int i = 0; i < count; i++) {
                values[i] = data.getFloat();
            }
        } else {
            if (!"uint8".equals(quantization.dtype())) {
                throw new IllegalStateException(entry.name() + ": unsupported quantisation " + quantization.dtype());
            }
            for (int i = 0; i < count; i++) {
                values[i] = (float) (quantization.min() + quantization.scale() * (data.get() & 0xFF));
            }
        }
        return new Tensor(entry.shape(), values);
    }

    private static byte[] shards(List<String> paths) {
        List<byte[]> shards = paths.stream().map(Weights::bytes).toList();
        ByteBuffer all = ByteBuffer.allocate(shards.stream().mapToInt(shard -> shard.length).sum());
        shards.forEach(all::put);
        return all.array();
    }

    private static byte[] bytes(String file) {
        try (InputStream in = Weights.class.getClassLoader().getResourceAsStream(MODEL_FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("model file missing from the class path: " + MODEL_FOLDER + file);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
