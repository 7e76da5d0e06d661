package studio.thresho.lora;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.SeekableByteChannel;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import studio.thresho.media.BlobCheck;
import studio.thresho.media.MediaRejectedException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Whether a received file is a LoRA in the safetensors layout: an 8-byte little-endian header
 * length, a JSON header naming each tensor with its data offsets inside the file, and tensor keys
 * a LoRA has (kohya's {@code lora_up}/{@code lora_down}, PEFT's {@code lora_A}/{@code lora_B},
 * optional {@code .alpha}). Reads only the header, so a 2 GB file costs no more than a small one.
 */
@Component
class SafetensorsCheck implements BlobCheck {

    /** The safetensors format's own limit for the header. */
    static final long MAX_HEADER_BYTES = 100L * 1024 * 1024;
    private static final int LENGTH_BYTES = 8;
    private static final String METADATA = "__metadata__";
    private static final Pattern LORA_WEIGHT = Pattern.compile(".*(lora_up\\.weight|lora_down\\.weight|lora_[AB](\\.[\\w-]+)?\\.weight)$");
    private static final Pattern LORA_ALPHA = Pattern.compile(".*\\.alpha$");
    private static final Pattern KNOWN_PREFIX = Pattern.compile("^(lora_unet_|lora_te\\d?_|transformer\\.|unet\\.|text_encoder\\.|"
            + "diffusion_model\\.|base_model\\.model\\.|lora_transformer_).*");

    private final JsonMapper json;

    SafetensorsCheck(JsonMapper json) {
        this.json = json;
    }

    @Override
    public void check(SeekableByteChannel file, long size) throws IOException {
        if (size < LENGTH_BYTES) {
            throw refused("it is shorter than the 8-byte header length");
        }
        long headerLength = readLong(file);
        if (headerLength <= 0 || headerLength > MAX_HEADER_BYTES || headerLength > size - LENGTH_BYTES) {
            throw refused("its header length (" + headerLength + " bytes) does not fit the file");
        }
        ByteBuffer header = ByteBuffer.allocate((int) headerLength);
        while (header.hasRemaining() && file.read(header) >= 0) {
            // read the whole header
        }
        JsonNode tensors;
        try {
            tensors = json.readTree(header.array());
        } catch (JacksonException e) {
            throw refused("its header is not valid JSON");
        }
        if (tensors == null || !tensors.isObject()) {
            throw refused("its header is not a JSON object");
        }
        checkTensors(tensors, size - LENGTH_BYTES - headerLength);
    }

    private void checkTensors(JsonNode tensors, long dataBytes) {
        int loraWeights = 0;
        for (Map.Entry<String, JsonNode> tensor : tensors.properties()) {
            String key = tensor.getKey();
            if (key.equals(METADATA)) {
                continue;
            }
            JsonNode offsets = tensor.getValue().get("data_offsets");
            if (offsets == null || !offsets.isArray() || offsets.size() != 2 || !offsets.get(0).canConvertToLong()
                    || !offsets.get(1).canConvertToLong()) {
                throw refused("tensor " + key + " has no data offsets");
            }
            long begin = offsets.get(0).asLong();
            long end = offsets.get(1).asLong();
            if (begin < 0 || end < begin || end > dataBytes) {
                throw refused("the data of tensor " + key + " lies outside the file");
            }
            if (LORA_WEIGHT.matcher(key).matches()) {
                loraWeights++;
            } else if (!LORA_ALPHA.matcher(key).matches() && !KNOWN_PREFIX.matcher(key).matches()) {
                throw refused("tensor " + key + " is not a LoRA weight");
            }
        }
        if (loraWeights == 0) {
            throw refused("it holds no LoRA weights (lora_up/lora_down or lora_A/lora_B)");
        }
    }

    private static long readLong(SeekableByteChannel file) throws IOException {
        ByteBuffer length = ByteBuffer.allocate(LENGTH_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        while (length.hasRemaining() && file.read(length) >= 0) {
            // read all eight bytes
        }
        return length.flip().getLong();
    }

    private static MediaRejectedException refused(String reason) {
        return new MediaRejectedException("This is not a LoRA safetensors file: " + reason + ".");
    }
}
