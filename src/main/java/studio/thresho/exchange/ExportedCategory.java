package studio.thresho.exchange;

import java.util.List;
import studio.thresho.asset.category.FieldDefinition;

/**
 * One category as {@code categories.json} lists it: name, slug, its parent's slug, icon, and the
 * fields defined on it (inherited ones are its ancestors'), so an import can recreate the tree.
 */
public record ExportedCategory(String name, String slug, String parent, String icon, String kind, List<FieldDefinition> fields) {

    public ExportedCategory {
        fields = fields == null ? List.of() : fields;
    }
}
