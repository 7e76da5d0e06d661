package studio.thresho.asset.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.popover.Popover;
import studio.thresho.asset.AssetSummary;

/**
 * The larger preview and key facts shown when hovering an asset's card or list thumbnail (a
 * tooltip could show text only). Its content is made when it first opens: a page of cards then
 * downloads no 1280 px previews and holds no preview components until someone hovers.
 */
final class HoverPreview {

    /** The mock-up asks for the preview within 300 ms of hovering. */
    static final int DELAY_MILLIS = 250;

    private HoverPreview() {
    }

    static Popover attach(Component target, AssetSummary asset) {
        Popover preview = new Popover();
        preview.setTarget(target);
        preview.setOpenOnHover(true);
        preview.setOpenOnFocus(false);
        preview.setOpenOnClick(false);
        preview.setHoverDelay(DELAY_MILLIS);
        preview.addClassName("asset-preview");
        preview.addOpenedChangeListener(change -> {
            if (change.isOpened() && preview.getChildren().findAny().isEmpty()) {
                if (asset.previewUrl() != null) {
                    preview.add(new Image(asset.previewUrl(), asset.name()));
                }
                preview.add(facts(asset));
            }
        });
        return preview;
    }

    /** The name, the category's key attributes (a talent's role, age range, build, hair...), scope, usage and version. */
    static Div facts(AssetSummary asset) {
        Span title = new Span(asset.nameWithRole());
        title.addClassName("asset-preview-name");
        Div facts = new Div(title);
        asset.keyFacts().forEach((label, value) -> {
            Span fact = new Span(label + ": " + value);
            fact.addClassName("asset-preview-key-fact");
            facts.add(fact);
        });
        facts.add(new Span(asset.categoryName() + (asset.global() ? " · global" : " · project")),
                new Span("Used " + asset.usageCount() + "x" + (asset.draft() ? " · draft" : "")),
                new Span(asset.versionBadge() + " · " + asset.versionCount() + (asset.versionCount() == 1 ? " version" : " versions")));
        facts.addClassName("asset-preview-facts");
        return facts;
    }
}
