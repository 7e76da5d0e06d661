package studio.thresho.asset.category;

import java.util.Arrays;
import java.util.Locale;

/** What assets of a category are, taken from its root: a sub-category of Talent holds talent. */
public enum CategoryKind {
    TALENT, ENVIRONMENT, PROPS, WARDROBE, LIGHTING, CAMERA, STYLE, CUSTOM;

    static CategoryKind ofRootSlug(String slug, boolean systemRoot) {
        if (!systemRoot) {
            return CUSTOM;
        }
        return Arrays.stream(values()).filter(kind -> kind.name().toLowerCase(Locale.ROOT).equals(slug)).findFirst().orElse(CUSTOM);
    }
}
