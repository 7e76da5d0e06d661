package studio.thresho.asset.ui;

import studio.thresho.asset.FragmentType;
import studio.thresho.asset.category.CategoryKind;

/** Where a prompt fragment lands, as an example sentence of the prompt it will be part of. */
final class FragmentPlacement {

    private static final String MORE = "…";

    private FragmentPlacement() {
    }

    static String example(CategoryKind kind, String name, FragmentType type, String text) {
        String fragment = text == null || text.isBlank() ? "[your text]" : "[" + text.trim() + "]";
        if (type == null) {
            return MORE;
        }
        return switch (type) {
            case STYLE -> MORE + " Set in " + MORE + ". " + fragment + ", cinematic quality " + MORE + " [Brand: " + MORE + "]";
            case TECHNICAL -> MORE + " Shot on " + MORE + ", " + fragment + ". " + MORE;
            case BASE -> switch (kind) {
                case TALENT -> "A medium shot of " + name + ", " + fragment + ", wearing " + MORE;
                case ENVIRONMENT -> MORE + " Set in " + name + ", " + fragment + ", at golden hour. " + MORE;
                case LIGHTING -> MORE + " " + fragment + ". " + MORE;
                case PROPS, WARDROBE -> MORE + " With " + name + " (" + fragment + "). " + MORE;
                case CAMERA -> MORE + " " + fragment + ", shot on " + MORE;
                default -> MORE + " " + fragment + ". " + MORE;
            };
        };
    }
}
