package studio.thresho.provider;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A LoRA a generation applies, as carried in the request's options under {@link #OPTION}: the name
 * the engine knows it by (a ComfyUI file, an AUTOMATIC1111 name, a Replicate version or weights URL)
 * and its weight; an uploaded file also carries its media key, which a provider that downloads LoRAs
 * (Replicate) reaches through a public link.
 *
 * @param file the media key of an uploaded {@code .safetensors} file, else null
 */
public record EngineLora(String name, BigDecimal weight, String file) {

    public EngineLora(String name, BigDecimal weight) {
        this(name, weight, null);
    }

    public static final String OPTION = "loras";
    /** A Replicate trained version ({@code owner/name:version}) the generation runs instead of the configured model. */
    public static final String TRAINED_VERSION = "lora_trained_version";

    /** The option value, a list of plain maps so it is stored with the generation as JSON. */
    public static List<Map<String, Object>> toOption(List<EngineLora> loras) {
        return loras.stream().map(lora -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", lora.name());
            entry.put("weight", lora.weight().stripTrailingZeros().toPlainString());
            if (lora.file() != null) {
                entry.put("file", lora.file());
            }
            return entry;
        }).toList();
    }

    /** The LoRAs in a request's options; none when there are none. */
    public static List<EngineLora> of(Map<String, Object> options) {
        List<EngineLora> loras = new ArrayList<>();
        if (options.get(OPTION) instanceof List<?> entries) {
            for (Object entry : entries) {
                if (entry instanceof Map<?, ?> fields && fields.get("name") instanceof String name && fields.get("weight") != null) {
                    loras.add(new EngineLora(name, new BigDecimal(String.valueOf(fields.get("weight"))),
                            fields.get("file") instanceof String file ? file : null));
                }
            }
        }
        return loras;
    }

    /** "0.8", "1". */
    public String weightText() {
        return weight.stripTrailingZeros().toPlainString();
    }
}
