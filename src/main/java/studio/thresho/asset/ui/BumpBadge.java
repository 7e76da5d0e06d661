package studio.thresho.asset.ui;

import com.vaadin.flow.component.html.Span;
import studio.thresho.asset.category.VersionBump;

/** "Patch", "Minor" or "Major" as a small badge; a major change stands out. */
final class BumpBadge {

    private BumpBadge() {
    }

    static Span of(VersionBump bump) {
        Span badge = new Span(bump.label());
        badge.getElement().getThemeList().add("badge small " + switch (bump) {
            case MAJOR -> "error";
            case MINOR -> "";
            case PATCH -> "contrast";
        });
        return badge;
    }
}
