package studio.thresho.asset.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.router.RouteParameters;
import studio.thresho.asset.AssetSummary;

/** One asset in the library grid: thumbnail, name, category badge, usage; opens the detail view. */
class AssetCard extends RouterLink {

    private final AssetSummary asset;

    AssetCard(AssetSummary asset) {
        this(asset, null);
    }

    /** @param highlightedName the name with search matches marked (already HTML-escaped), or null */
    AssetCard(AssetSummary asset, String highlightedName) {
        super(AssetDetailView.class, new RouteParameters(AssetDetailView.LINEAGE_PARAMETER, asset.lineageId().toString()));
        this.asset = asset;
        addClassName("asset-card");
        Div picture = new Div();
        picture.addClassName("asset-card-picture");
        if (asset.thumbnailUrl() != null) {
            Image thumbnail = new Image(asset.thumbnailUrl(), asset.name());
            picture.add(thumbnail);
        } else {
            picture.add(IconChoices.icon(asset.categoryIcon()));
            picture.addClassName("no-image");
        }
        com.vaadin.flow.component.Component name = highlightedName == null ? new Span(asset.name())
                : new com.vaadin.flow.component.Html("<span>" + highlightedName + "</span>");
        ((com.vaadin.flow.component.HasStyle) name).addClassName("asset-card-name");
        Span category = new Span(IconChoices.icon(asset.categoryIcon()), new Span(asset.categoryName()));
        category.addClassName("asset-card-category");
        Span usage = new Span("Used: " + asset.usageCount() + "x");
        usage.addClassName("asset-card-usage");
        Span version = new Span(asset.versionBadge() + (asset.versionCount() > 1 ? " · " + asset.versionCount() + " versions" : ""));
        version.addClassName("version-badge");
        Div meta = new Div(category, usage);
        meta.addClassName("asset-card-meta");
        Div text = new Div(name, meta, version);
        text.addClassName("asset-card-text");
        if (asset.draft()) {
            Span draft = new Span("Draft");
            draft.getElement().getThemeList().add("badge contrast small");
            draft.addClassName("asset-card-draft");
            picture.add(draft);
        }
        if (asset.global()) {
            Span global = new Span(VaadinIcon.GLOBE.create());
            global.addClassName("asset-card-global");
            global.getElement().setAttribute("title", "Global library");
            picture.add(global);
        }
        add(picture, text);
        addPreview(asset);
    }

    /** Hovering a card shows a larger preview and its facts (a tooltip could show text only). */
    private void addPreview(AssetSummary asset) {
        com.vaadin.flow.component.popover.Popover preview = new com.vaadin.flow.component.popover.Popover();
        preview.setTarget(this);
        preview.setOpenOnHover(true);
        preview.setOpenOnFocus(false);
        preview.setOpenOnClick(false);
        preview.setHoverDelay(400);
        preview.addClassName("asset-preview");
        if (asset.primaryImageKey() != null) {
            preview.add(new Image(asset.previewUrl(), asset.name()));
        }
        Div facts = new Div(new Span(asset.name()), new Span(asset.categoryName() + (asset.global() ? " · global" : " · project")),
                new Span("Used " + asset.usageCount() + "x" + (asset.draft() ? " · draft" : "")),
                new Span(asset.versionBadge() + " · " + asset.versionCount() + (asset.versionCount() == 1 ? " version" : " versions")));
        facts.addClassName("asset-preview-facts");
        preview.add(facts);
    }

    AssetSummary asset() {
        return asset;
    }
}
