package studio.thresho.lora;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/** Small real safetensors files for tests: a header and the tensors' bytes. */
public final class Safetensors {

    private Safetensors() {
    }

    /** A kohya-style LoRA with one module: lora_up, lora_down (2x2 float32 each) and alpha. */
    public static byte[] kohyaLora() {
        return kohyaLora("2");
    }

    /** The same LoRA with its own bytes (its metadata names the network dimension as given), so its hash is its own. */
    public static byte[] kohyaLora(String networkDim) {
        return file("{\"__metadata__\":{\"ss_network_dim\":\"" + networkDim + "\"},"
                + "\"lora_unet_down_blocks_0_attn1_to_q.lora_down.weight\":{\"dtype\":\"F32\",\"shape\":[2,2],\"data_offsets\":[0,16]},"
                + "\"lora_unet_down_blocks_0_attn1_to_q.lora_up.weight\":{\"dtype\":\"F32\",\"shape\":[2,2],\"data_offsets\":[16,32]},"
                + "\"lora_unet_down_blocks_0_attn1_to_q.alpha\":{\"dtype\":\"F32\",\"shape\":[],\"data_offsets\":[32,36]}}", 36);
    }

    /** A PEFT/diffusers-style Flux LoRA: transformer.*.lora_A.weight and lora_B.weight. */
    static byte[] peftLora() {
        return file("{\"transformer.single_transformer_blocks.0.attn.to_k.lora_A.weight\":{\"dtype\":\"F32\",\"shape\":[1,2],\"data_offsets\":[0,8]},"
                + "\"transformer.single_transformer_blocks.0.attn.to_k.lora_B.weight\":{\"dtype\":\"F32\",\"shape\":[2,1],\"data_offsets\":[8,16]}}", 16);
    }

    static byte[] file(String header, int dataBytes) {
        byte[] json = header.getBytes(StandardCharsets.UTF_8);
        return withLength(json.length, json, dataBytes);
    }

    static byte[] withLength(long declaredLength, byte[] header, int dataBytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(declaredLength).array());
        out.writeBytes(header);
        for (int i = 0; i < dataBytes; i++) {
            out.write(i);
        }
        return out.toByteArray();
    }
}
