package studio.thresho.provider.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import studio.thresho.base.UserFacingException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The models one provider offers: the shipped catalogue ({@value #RESOURCE}) with this
 * installation's overrides laid over it by name. Models change every few months; they are data
 * here, never code.
 */
public final class ModelCatalogue {

    static final String RESOURCE = "/providers/model-catalogue.json";
    private static final TypeReference<Map<String, List<CatalogueModel>>> SHIPPED_TYPE = new TypeReference<>() {
    };
    private static final TypeReference<List<CatalogueModel>> OVERRIDE_TYPE = new TypeReference<>() {
    };
    /** An entry names only what it has: a missing flag is false, a missing count 0. */
    private static final JsonMapper JSON = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).build();
    private static final Map<String, List<CatalogueModel>> SHIPPED = load();

    private final String providerName;
    private final Map<String, CatalogueModel> models;

    private ModelCatalogue(String providerName, Map<String, CatalogueModel> models) {
        this.providerName = providerName;
        this.models = models;
    }

    /** The shipped catalogue of a provider. */
    public static ModelCatalogue shipped(String providerId, String providerName) {
        return of(providerId, providerName, List.of());
    }

    /** The shipped catalogue with overrides: an override replaces the shipped model of its name, or adds one. */
    public static ModelCatalogue of(String providerId, String providerName, List<CatalogueModel> overrides) {
        Map<String, CatalogueModel> models = new LinkedHashMap<>();
        SHIPPED.getOrDefault(providerId, List.of()).forEach(model -> models.put(model.name(), model));
        overrides.forEach(model -> models.put(model.name(), model));
        return new ModelCatalogue(providerName, models);
    }

    /** Reads overrides as an administrator typed them: a JSON array of models; blank is none. */
    public static List<CatalogueModel> parseOverrides(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try {
            List<CatalogueModel> models = JSON.readValue(json, OVERRIDE_TYPE);
            for (CatalogueModel model : models) {
                if (model == null || model.name() == null || model.name().isBlank()) {
                    throw new UserFacingException("Every model of the catalogue needs a \"name\".");
                }
            }
            return models;
        } catch (JacksonException notCatalogue) {
            throw new UserFacingException("The model catalogue must be a JSON array such as [{\"name\": \"gpt-image-2\", \"status\": "
                    + "\"current\", \"maxReferences\": 16}]; status is current, legacy or retired, kind image, video or edit.");
        }
    }

    public List<CatalogueModel> all() {
        return List.copyOf(models.values());
    }

    public Optional<CatalogueModel> find(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(models.get(name.trim()));
    }

    /** The shipped default model, else the first current one. */
    public String defaultModel() {
        return models.values().stream().filter(CatalogueModel::isDefault).findFirst()
                .or(() -> models.values().stream().filter(model -> !model.retired() && !model.legacy()).findFirst())
                .map(CatalogueModel::name).orElse(null);
    }

    /** The names offered for the default (image) model: every image or edit model not retired, current ones first. */
    public List<String> offered() {
        List<String> names = new ArrayList<>();
        models.values().stream().filter(model -> model.kind() != CatalogueModel.Kind.VIDEO && model.status() == CatalogueModel.Status.CURRENT)
                .forEach(model -> names.add(model.name()));
        models.values().stream().filter(model -> model.kind() != CatalogueModel.Kind.VIDEO && model.legacy())
                .forEach(model -> names.add(model.name()));
        return names;
    }

    /**
     * The model if it may be used; a retired one is refused before any request, naming its
     * replacement. A model the catalogue does not know is let through (a new one the provider
     * may already serve), so {@link Optional#empty()} then.
     */
    public Optional<CatalogueModel> requireUsable(String name) {
        Optional<CatalogueModel> model = find(name);
        if (model.isPresent() && model.get().retired()) {
            throw new RetiredModelException(providerName + " no longer serves " + name + " (retired)"
                    + (model.get().replacement() == null ? "" : ": use " + model.get().replacement() + " instead")
                    + ". An administrator changes the model under Admin > Providers.");
        }
        return model;
    }

    /** A warning for a legacy model (still served, but the provider steers away from it); empty otherwise. */
    public Optional<String> warning(String name) {
        return find(name).filter(CatalogueModel::legacy).map(model -> providerName + "'s model " + name + " is legacy: it still works, but "
                + providerName + " recommends " + (model.replacement() == null ? "a current model" : model.replacement())
                + ". An administrator changes it under Admin > Providers.");
    }

    private static Map<String, List<CatalogueModel>> load() {
        try (InputStream in = ModelCatalogue.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the application");
            }
            return JSON.readValue(in, SHIPPED_TYPE);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
