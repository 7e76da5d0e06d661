package studio.thresho.provider.comfyui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import studio.thresho.provider.ProviderRefusedException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * A workflow template in ComfyUI's API format ({@code {nodeId: {class_type, inputs}}}) whose inputs
 * hold placeholders such as {@code "{{prompt}}"}. A string that is exactly one placeholder takes the
 * value with its type (a seed stays a number); a placeholder inside longer text is replaced as text.
 */
final class ComfyUiWorkflow {

    static final String PROMPT = "prompt";
    static final String NEGATIVE_PROMPT = "negative_prompt";
    static final String SEED = "seed";
    static final String WIDTH = "width";
    static final String HEIGHT = "height";
    static final String REFERENCE_IMAGE = "reference_image";
    static final String CHECKPOINT = "checkpoint";
    static final Set<String> KNOWN = Set.of(PROMPT, NEGATIVE_PROMPT, SEED, WIDTH, HEIGHT, REFERENCE_IMAGE, CHECKPOINT);
    static final String DEFAULT_RESOURCE = "/comfyui/default-workflow.json";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z0-9_]+)\\s*}}");

    private final Map<String, Object> template;
    private final Set<String> placeholders;

    private ComfyUiWorkflow(Map<String, Object> template) {
        this.template = template;
        this.placeholders = new TreeSet<>();
        collect(template, placeholders);
        checkShape();
        Set<String> unknown = new TreeSet<>(placeholders);
        unknown.removeAll(KNOWN);
        if (!unknown.isEmpty()) {
            throw new ProviderRefusedException("The ComfyUI workflow uses placeholders the application does not fill: "
                    + braced(unknown) + ". Known ones: " + braced(new TreeSet<>(KNOWN)) + ".");
        }
    }

    /** The workflow of the {@code workflow} parameter (a JSON object or JSON text), else the one shipped. */
    static ComfyUiWorkflow from(Map<String, Object> parameters) {
        Object configured = parameters.get("workflow");
        if (configured instanceof Map<?, ?> object) {
            return new ComfyUiWorkflow(copy(object));
        }
        if (configured instanceof String text && !text.isBlank()) {
            return parse(text);
        }
        try (InputStream in = ComfyUiWorkflow.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ComfyUiWorkflow parse(String json) {
        try {
            return new ComfyUiWorkflow(copy(JsonMapper.shared().readValue(json, Map.class)));
        } catch (JacksonException unreadable) {
            throw new ProviderRefusedException("The ComfyUI workflow is not valid JSON: " + unreadable.getOriginalMessage());
        }
    }

    Set<String> placeholders() {
        return placeholders;
    }

    boolean takesReferenceImage() {
        return placeholders.contains(REFERENCE_IMAGE);
    }

    /**
     * The workflow with every placeholder of the template filled; refused when one has no value
     * (the reference image of a workflow that needs one).
     */
    Map<String, Object> fill(Map<String, Object> values) {
        Set<String> missing = new TreeSet<>(placeholders);
        values.forEach((name, value) -> {
            if (value != null) {
                missing.remove(name);
            }
        });
        if (!missing.isEmpty()) {
            throw new ProviderRefusedException("The ComfyUI workflow needs " + braced(missing) + ", which this request does not give"
                    + (missing.contains(REFERENCE_IMAGE) ? " (choose a reference image)." : "."));
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> filled = (Map<String, Object>) filled(template, values);
        return filled;
    }

    private void checkShape() {
        template.forEach((nodeId, node) -> {
            if (!(node instanceof Map<?, ?> fields) || !(fields.get("class_type") instanceof String) || !(fields.get("inputs") instanceof Map)) {
                throw new ProviderRefusedException("The ComfyUI workflow is not in API format: node \"" + nodeId + "\" has no class_type "
                        + "and inputs. Export it with \"Save (API Format)\".");
            }
        });
    }

    private static Object filled(Object value, Map<String, Object> values) {
        if (value instanceof Map<?, ?> object) {
            Map<String, Object> copy = new LinkedHashMap<>();
            object.forEach((key, inner) -> copy.put(String.valueOf(key), filled(inner, values)));
            return copy;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(inner -> filled(inner, values)).toList();
        }
        if (value instanceof String text) {
            Matcher whole = PLACEHOLDER.matcher(text);
            if (whole.matches()) {
                return values.get(whole.group(1));
            }
            return PLACEHOLDER.matcher(text).replaceAll(match -> Matcher.quoteReplacement(String.valueOf(values.get(match.group(1)))));
        }
        return value;
    }

    private static void collect(Object value, Set<String> found) {
        if (value instanceof Map<?, ?> object) {
            object.values().forEach(inner -> collect(inner, found));
        } else if (value instanceof List<?> list) {
            list.forEach(inner -> collect(inner, found));
        } else if (value instanceof String text) {
            Matcher matcher = PLACEHOLDER.matcher(text);
            while (matcher.find()) {
                found.add(matcher.group(1));
            }
        }
    }

    private static Map<String, Object> copy(Map<?, ?> object) {
        Map<String, Object> copy = new LinkedHashMap<>();
        object.forEach((key, value) -> copy.put(String.valueOf(key), value));
        return copy;
    }

    private static String braced(Set<String> names) {
        List<String> braced = new ArrayList<>();
        names.forEach(name -> braced.add("{{" + name + "}}"));
        return String.join(", ", braced);
    }
}
