package studio.thresho.exchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import studio.thresho.asset.category.CategoryNode;
import studio.thresho.asset.category.CategoryService;
import studio.thresho.asset.category.FieldDefinition;
import studio.thresho.base.UserFacingException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;

/**
 * Brings an export's {@code categories.json} into the library before its assets: a category the
 * library lacks (by slug) is created under its parent with its fields; one it has gets the custom
 * fields it lacks (by key), so the exported values fit the schema. Nothing is removed or renamed.
 */
@Component
class CategoryImporter {

    private static final TypeReference<List<ExportedCategory>> LIST = new TypeReference<>() {
    };

    private final CategoryService categories;

    CategoryImporter(CategoryService categories) {
        this.categories = categories;
    }

    /** The categories of the file, parents before children as exported; empty for a ZIP without one. */
    static List<ExportedCategory> read(ImportFiles files) {
        Optional<ImportFiles.ImportFile> file = files.files().stream()
                .filter(candidate -> candidate.path().equals(LibraryExportService.CATEGORIES)).findFirst();
        if (file.isEmpty()) {
            return List.of();
        }
        try {
            return ExchangeJson.MAPPER.readValue(files.read(file.get(), ZipLimits.MAX_JSON_BYTES), LIST);
        } catch (JacksonException broken) {
            throw new ImportRefusedException(LibraryExportService.CATEGORIES + " is not a list of categories (" + broken.getOriginalMessage()
                    + "); nothing was imported.");
        } catch (java.io.IOException broken) {
            throw new ImportRefusedException(LibraryExportService.CATEGORIES + " could not be read: " + broken.getMessage());
        }
    }

    /** Slug to name of the exported categories the library does not have yet. */
    static Map<String, String> missing(List<ExportedCategory> exported, List<CategoryNode> tree) {
        Map<String, String> missing = new LinkedHashMap<>();
        exported.stream().filter(category -> tree.stream().noneMatch(node -> node.slug().equals(category.slug())))
                .forEach(category -> missing.put(category.slug(), category.name()));
        return missing;
    }

    /**
     * Creates what is missing and adds missing custom fields.
     *
     * @return the library's category for each exported slug
     */
    Map<String, UUID> bringIn(List<ExportedCategory> exported) {
        Map<String, UUID> bySlug = new HashMap<>();
        categories.structure().forEach(node -> bySlug.put(node.slug(), node.id()));
        for (ExportedCategory category : exported) {
            UUID id = bySlug.get(category.slug());
            if (id == null) {
                UUID parent = category.parent() == null ? null : bySlug.get(category.parent());
                if (category.parent() != null && parent == null) {
                    throw new UserFacingException("The category " + category.name() + " comes without its parent " + category.parent() + ".");
                }
                id = categories.create(category.name(), parent, category.icon()).id();
                bySlug.put(category.slug(), id);
            }
            addMissingFields(id, category.fields());
        }
        return bySlug;
    }

    private void addMissingFields(UUID id, List<FieldDefinition> exportedFields) {
        CategoryNode node = categories.find(id).orElseThrow();
        List<FieldDefinition> custom = new ArrayList<>(node.ownFields().stream().filter(field -> !field.system()).toList());
        List<FieldDefinition> missing = exportedFields.stream().filter(field -> !field.system())
                .filter(field -> node.effectiveFields().stream().noneMatch(existing -> existing.key().equals(field.key()))).toList();
        if (!missing.isEmpty()) {
            custom.addAll(missing);
            categories.updateFields(id, custom);
        }
    }
}
