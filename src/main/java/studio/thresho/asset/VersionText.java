package studio.thresho.asset;

import java.util.Collection;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/** A field value as text for a comparison: lists joined, yes/no, asset references by name. */
final class VersionText {

    private static final java.util.regex.Pattern UUID_FORMAT =
            java.util.regex.Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private VersionText() {
    }

    static String of(Object value, UnaryOperator<String> referenceName) {
        if (value == null) {
            return null;
        }
        if (value instanceof Boolean flag) {
            return flag ? "Yes" : "No";
        }
        if (value instanceof Collection<?> list) {
            return list.isEmpty() ? null : list.stream().map(Object::toString).collect(Collectors.joining(", "));
        }
        String text = value.toString();
        return UUID_FORMAT.matcher(text).matches() ? referenceName.apply(text) : text;
    }
}
