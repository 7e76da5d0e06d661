package studio.thresho.asset.category;

import java.util.List;

/**
 * One field of a category schema, as stored in {@code asset_categories.schema}.
 *
 * @param key               stable identifier, lower-case ({@code default_wardrobe})
 * @param options           the choices of a single or multiple choice field
 * @param referenceCategory for an asset reference: the slug of the category it points into
 * @param system            defined by the application; editors cannot change or remove it
 * @param versionBump       for a custom field, how much changing its value matters (minor unless the editor says);
 *                          system fields follow the table in {@code VersionRules}
 */
public record FieldDefinition(String key, String label, FieldType type, boolean required, List<String> options,
                              String helpText, String referenceCategory, boolean system, VersionBump versionBump) {

    public FieldDefinition {
        options = options == null ? List.of() : List.copyOf(options);
        versionBump = versionBump == null ? VersionBump.MINOR : versionBump;
    }

    public FieldDefinition withVersionBump(VersionBump bump) {
        return new FieldDefinition(key, label, type, required, options, helpText, referenceCategory, system, bump);
    }

    public static FieldDefinition custom(String key, String label, FieldType type, boolean required, List<String> options,
                                         String helpText, String referenceCategory) {
        return new FieldDefinition(key, label, type, required, options, helpText, referenceCategory, false, VersionBump.MINOR);
    }
}
