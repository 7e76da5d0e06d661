package studio.thresho.asset;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import studio.thresho.asset.category.CategoryKind;
import studio.thresho.asset.category.FieldDefinition;
import studio.thresho.asset.category.FieldType;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes the spec's profile tables (talent, environment, lighting) for one asset
 * version, keyed by schema field. Choices are stored with the spec's lower-case SQL values and
 * read back as the schema's labels; colour lists as JSON.
 */
@Component
class ProfileStore {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    ProfileStore(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Map<String, Object> read(CategoryKind kind, UUID assetId, List<FieldDefinition> fields) {
        return fieldValues(kind, rows(kind, List.of(assetId)).get(assetId), fields);
    }

    /** The profile rows of many versions of one kind, by asset id, in one query (a library page, not one per card). */
    Map<UUID, Map<String, Object>> rows(CategoryKind kind, Collection<UUID> assetIds) {
        FieldStorage.ProfileTable table = FieldStorage.PROFILES.get(kind);
        Map<UUID, Map<String, Object>> rows = new HashMap<>();
        if (table == null || assetIds.isEmpty()) {
            return rows;
        }
        String placeholders = String.join(", ", Collections.nCopies(assetIds.size(), "?"));
        jdbc.queryForList("SELECT * FROM " + table.table() + " WHERE asset_id IN (" + placeholders + ")",
                assetIds.stream().map(UUID::toString).toArray())
                .forEach(row -> rows.put(UUID.fromString(String.valueOf(row.get("asset_id"))), row));
        return rows;
    }

    /** A profile row as field values, by field key; a missing row has none. */
    Map<String, Object> fieldValues(CategoryKind kind, Map<String, Object> row, List<FieldDefinition> fields) {
        Map<String, Object> values = new LinkedHashMap<>();
        FieldStorage.ProfileTable table = FieldStorage.PROFILES.get(kind);
        if (table == null || row == null) {
            return values;
        }
        for (FieldDefinition field : fields) {
            String column = table.columns().get(field.key());
            if (column != null && row.get(column) != null) {
                values.put(field.key(), fromDb(field, row.get(column)));
            }
        }
        return values;
    }

    /** Writes every profile column of the kind (absent values become NULL). */
    void write(CategoryKind kind, UUID assetId, List<FieldDefinition> fields, Map<String, Object> values) {
        FieldStorage.ProfileTable table = FieldStorage.PROFILES.get(kind);
        if (table == null) {
            return;
        }
        List<String> columns = new ArrayList<>();
        List<Object> arguments = new ArrayList<>();
        arguments.add(assetId.toString());
        for (FieldDefinition field : fields) {
            String column = table.columns().get(field.key());
            if (column != null) {
                columns.add(column);
                arguments.add(toDb(field, values.get(field.key())));
            }
        }
        String names = String.join(", ", columns);
        String placeholders = String.join(", ", columns.stream().map(c -> "?").toList());
        String updates = String.join(", ", columns.stream().map(c -> c + " = VALUES(" + c + ")").toList());
        jdbc.update("INSERT INTO " + table.table() + " (asset_id, " + names + ") VALUES (?, " + placeholders + ") "
                + "ON DUPLICATE KEY UPDATE " + updates + ", lock_version = lock_version + 1", arguments.toArray());
    }

    /** Copies the profile row of one version to another. */
    void copy(CategoryKind kind, UUID fromAssetId, UUID toAssetId, List<FieldDefinition> fields) {
        write(kind, toAssetId, fields, read(kind, fromAssetId, fields));
    }

    private Object toDb(FieldDefinition field, Object value) {
        if (value == null || value instanceof String text && text.isBlank()) {
            return null;
        }
        if (field.type() == FieldType.SINGLE_CHOICE) {
            return FieldStorage.choiceToDb((String) value);
        }
        if (field.type() == FieldType.COLOUR_LIST) {
            return json.writeValueAsString(value);
        }
        return value;
    }

    private Object fromDb(FieldDefinition field, Object stored) {
        if (field.type() == FieldType.SINGLE_CHOICE) {
            String dbValue = stored.toString();
            return field.options().stream().filter(option -> FieldStorage.choiceToDb(option).equals(dbValue)).findFirst().orElse(dbValue);
        }
        if (field.type() == FieldType.COLOUR_LIST) {
            return json.readValue(stored.toString(), STRINGS);
        }
        return stored.toString();
    }
}
