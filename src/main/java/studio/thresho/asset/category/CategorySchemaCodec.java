package studio.thresho.asset.category;

import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Reads and writes a category's fields as the JSON of {@code asset_categories.schema}. */
@Component
class CategorySchemaCodec {

    private static final TypeReference<List<FieldDefinition>> FIELDS = new TypeReference<>() {
    };

    private final JsonMapper json;

    CategorySchemaCodec(JsonMapper json) {
        this.json = json;
    }

    List<FieldDefinition> read(String schema) {
        return schema == null || schema.isBlank() ? List.of() : json.readValue(schema, FIELDS);
    }

    String write(List<FieldDefinition> fields) {
        return json.writeValueAsString(fields);
    }
}
