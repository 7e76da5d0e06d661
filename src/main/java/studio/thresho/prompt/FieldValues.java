package studio.thresho.prompt;

import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import studio.thresho.asset.AssetDetail;

/** Reads an asset's schema fields as prompt text: colour lists become comma-separated, blanks become null. */
final class FieldValues {

    private FieldValues() {
    }

    static String text(AssetDetail asset, String key) {
        Map<String, Object> values = asset.values();
        Object value = values == null ? null : values.get(key);
        if (value instanceof Collection<?> items) {
            return Text.embedded(items.stream().filter(Objects::nonNull).map(Object::toString).collect(Collectors.joining(", ")));
        }
        return value == null ? null : Text.embedded(value.toString());
    }

    static String name(AssetDetail asset) {
        String name = Text.clean(asset.name());
        return name == null ? "Untitled" : name;
    }
}
