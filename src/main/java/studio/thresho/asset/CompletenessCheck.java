package studio.thresho.asset;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import studio.thresho.asset.category.FieldDefinition;
import studio.thresho.asset.category.FieldType;

/** Decides completeness from the schema's required fields, the values and the images. */
final class CompletenessCheck {

    private CompletenessCheck() {
    }

    static Completeness of(List<FieldDefinition> fields, Map<String, Object> values, List<AssetImageView> images) {
        List<String> missing = new ArrayList<>();
        long sheetViews = images.stream().filter(image -> image.type() == ImageType.CHARACTER_SHEET).count();
        if (sheetViews > SheetSlot.MAX_VIEWS) {
            missing.add(sheetViews + " character-sheet views: at most " + SheetSlot.MAX_VIEWS);
        }
        for (FieldDefinition field : fields) {
            if (!field.required()) {
                continue;
            }
            if (field.type() == FieldType.IMAGE) {
                checkImages(field, images, sheetViews, missing);
            } else if (isBlank(values.get(field.key()))) {
                missing.add(field.label() + " missing");
            }
        }
        return new Completeness(missing.isEmpty(), List.copyOf(missing));
    }

    private static void checkImages(FieldDefinition field, List<AssetImageView> images, long sheetViews, List<String> missing) {
        ImageType type = FieldStorage.imageTypeOf(field.key());
        if (type == ImageType.CHARACTER_SHEET) {
            if (sheetViews < SheetSlot.MIN_VIEWS) {
                missing.add(sheetViews + " of " + SheetSlot.MIN_VIEWS + " character-sheet views");
            }
            return;
        }
        if (images.stream().noneMatch(image -> image.type() == type)) {
            missing.add(field.label() + " missing");
        }
    }

    private static boolean isBlank(Object value) {
        return value == null || value instanceof String text && text.isBlank()
                || value instanceof java.util.Collection<?> list && list.isEmpty();
    }
}
