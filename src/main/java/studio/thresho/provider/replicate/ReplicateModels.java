package studio.thresho.provider.replicate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import studio.thresho.provider.catalogue.CatalogueModel;
import studio.thresho.provider.catalogue.ModelCatalogue;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import studio.thresho.provider.ProviderRefusedException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The input template of each model: the catalogue's {@code input} of the model (shipped for
 * flux-schnell and flux-dev), or the {@code models} parameter ({@code {"owner/name": {input template}}},
 * a JSON object or JSON text), which wins. A pinned {@code owner/name:version} takes its own entry,
 * else the one of {@code owner/name}. A value that is exactly one placeholder takes the value with
 * its type, and its key is left out when there is no value (no reference image, no seed); a
 * placeholder inside longer text is replaced as text.
 */
final class ReplicateModels {

    static final List<String> ASPECT_RATIOS = List.of("16:9", "1:1", "9:16", "4:3", "3:4", "3:2", "2:3", "21:9", "9:21");
    static final Set<String> PLACEHOLDERS = Set.of("prompt", "negative_prompt", "seed", "aspect_ratio", "width", "height", "image_url");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z0-9_]+)\\s*}}");

    private ReplicateModels() {
    }

    /** The catalogue's entry of the model: the pinned version's own, else the model's. */
    static Optional<CatalogueModel> entry(ModelCatalogue catalogue, ReplicateModelName model) {
        return catalogue.find(model.toString()).or(() -> catalogue.find(model.model()));
    }

    /** The input template of a model, refused when the model is not set up or its template uses an unknown placeholder. */
    static Map<String, Object> template(ReplicateModelName model, Optional<CatalogueModel> entry, Map<String, Object> parameters) {
        Map<String, Map<String, Object>> configured = configured(parameters);
        Map<String, Object> template = configured.getOrDefault(model.toString(), configured.get(model.model()));
        if (template == null && entry.isPresent() && !entry.get().input().isEmpty()) {
            template = entry.get().input();
        }
        if (template == null) {
            throw new ProviderRefusedException("Replicate has no input template for \"" + model + "\": add it to the \"models\" parameter "
                    + "under Admin > Providers, e.g. {\"" + model + "\": {\"prompt\": \"{{prompt}}\"}}.");
        }
        Set<String> unknown = new TreeSet<>(placeholders(template));
        unknown.removeAll(PLACEHOLDERS);
        if (!unknown.isEmpty()) {
            throw new ProviderRefusedException("The Replicate input template of \"" + model + "\" uses placeholders the application does not "
                    + "fill: " + String.join(", ", unknown.stream().map(name -> "{{" + name + "}}").toList()) + ".");
        }
        return template;
    }

    private static Map<String, Map<String, Object>> configured(Map<String, Object> parameters) {
        Map<String, Map<String, Object>> models = new LinkedHashMap<>();
        parsed(parameters.get("models")).forEach((name, template) -> {
            if (!(template instanceof Map<?, ?> object)) {
                throw new ProviderRefusedException("The Replicate input template of \"" + name + "\" is not a JSON object.");
            }
            Map<String, Object> copy = new LinkedHashMap<>();
            object.forEach((key, value) -> copy.put(String.valueOf(key), value));
            models.put(String.valueOf(name), copy);
        });
        return models;
    }

    static Set<String> placeholders(Map<String, Object> template) {
        Set<String> found = new TreeSet<>();
        template.values().forEach(value -> {
            if (value instanceof String text) {
                Matcher matcher = PLACEHOLDER.matcher(text);
                while (matcher.find()) {
                    found.add(matcher.group(1));
                }
            }
        });
        return found;
    }

    /** The model's input for one request; keys whose placeholder has no value are left out. */
    static Map<String, Object> input(Map<String, Object> template, Map<String, Object> values) {
        Map<String, Object> input = new LinkedHashMap<>();
        template.forEach((key, value) -> {
            if (!(value instanceof String text)) {
                input.put(key, value);
                return;
            }
            Matcher whole = PLACEHOLDER.matcher(text);
            if (whole.matches()) {
                if (values.get(whole.group(1)) != null) {
                    input.put(key, values.get(whole.group(1)));
                }
                return;
            }
            input.put(key, PLACEHOLDER.matcher(text).replaceAll(match -> Matcher.quoteReplacement(String.valueOf(
                    values.getOrDefault(match.group(1), "")))));
        });
        return input;
    }

    private static Map<?, ?> parsed(Object models) {
        if (models instanceof Map<?, ?> object) {
            return object;
        }
        if (models instanceof String text && !text.isBlank()) {
            try {
                return JsonMapper.shared().readValue(text, Map.class);
            } catch (JacksonException unreadable) {
                throw new ProviderRefusedException("The Replicate \"models\" parameter is not valid JSON: " + unreadable.getOriginalMessage());
            }
        }
        return Map.of();
    }
}
