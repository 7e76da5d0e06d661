package studio.thresho.exchange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import studio.thresho.base.UserFacingException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The optional {@code asset.json} of an imported folder: {@code name}, {@code category} (a
 * category's name or slug), {@code tags} and {@code values} (schema field key to value; also read
 * from {@code fields}). Every part may be left out; unknown keys are ignored. An export's
 * {@code asset.json} (with {@code versions}) is read in full as an {@link ExportedAsset}.
 */
public record AssetJson(String name, String category, List<String> tags, Map<String, Object> values, ExportedAsset exported) {

    public static final String FILE_NAME = "asset.json";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    static final AssetJson NONE = new AssetJson(null, null, List.of(), Map.of(), null);

    /** @throws UserFacingException when the file is not a JSON object */
    @SuppressWarnings("unchecked")
    static AssetJson parse(byte[] bytes) {
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (JacksonException broken) {
            throw new UserFacingException(FILE_NAME + " is not valid JSON: " + broken.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new UserFacingException(FILE_NAME + " must hold a JSON object ({\"name\": ..., \"tags\": [...], \"values\": {...}}).");
        }
        List<String> tags = new ArrayList<>();
        root.path("tags").forEach(tag -> tags.add(tag.asString("")));
        JsonNode values = root.has("values") ? root.get("values") : root.path("fields");
        Map<String, Object> read = values.isObject() ? JSON.convertValue(values, LinkedHashMap.class) : Map.of();
        return new AssetJson(text(root, "name"), text(root, "category"), tags, read, exported(root));
    }

    private static ExportedAsset exported(JsonNode root) {
        if (!root.path("versions").isArray() || root.path("versions").isEmpty()) {
            return null;
        }
        try {
            ExportedAsset exported = ExchangeJson.MAPPER.treeToValue(root, ExportedAsset.class);
            if (exported.versions().stream().anyMatch(version -> version.version() == null)) {
                throw new UserFacingException(FILE_NAME + " lists a version without its number.");
            }
            return exported;
        } catch (JacksonException broken) {
            throw new UserFacingException(FILE_NAME + " does not describe the asset's versions as an export does: " + broken.getOriginalMessage());
        }
    }

    private static String text(JsonNode root, String key) {
        JsonNode node = root.get(key);
        return node == null || !node.isString() || node.asString().isBlank() ? null : node.asString().trim();
    }
}
