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

    /** The most tags a card shows; the detail view lists them all. */
    static final int CARD_TAGS = 3;

    final java.util.Map<String, Span> tags = new java.util.LinkedHashMap<>();
    Span versionBadge;

    AssetCard(AssetSummary asset) {
        this(asset, null, tag -> { });
    }

    /**
     * @param highlightedName the name with search matches marked (already HTML-escaped), or null
     * @param onTag           what clicking one of the card's tags does (the library filters by it)
     */
    AssetCard(AssetSummary asset, String highlightedName, java.util.function.Consumer<String> onTag) {
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
        versionBadge = version;
        if (asset.versionCount() > 1) {
            version.addClassName("opens-history");
            version.getElement().setAttribute("title", "Show the version history");
            // inside the card's link: the click must not also open the detail view without the history
            insideLink(version, () -> com.vaadin.flow.component.UI.getCurrent().navigate(AssetDetailView.class,
                    new RouteParameters(AssetDetailView.LINEAGE_PARAMETER, asset.lineageId().toString()),
                    com.vaadin.flow.router.QueryParameters.of(AssetDetailView.SHOW_PARAMETER, AssetDetailView.SHOW_HISTORY)));
        }
        Div meta = new Div(category, usage);
        meta.addClassName("asset-card-meta");
        Div text = new Div(name);
        if (asset.role() != null) {
            Span role = new Span(asset.role());
            role.addClassName("asset-card-role");
            text.add(role);
        }
        text.add(meta, version);
        text.addClassName("asset-card-text");
        if (!asset.tags().isEmpty()) {
            Div tagRow = new Div();
            tagRow.addClassName("asset-card-tags");
            asset.tags().stream().limit(CARD_TAGS).forEach(tag -> {
                Span chip = new Span("#" + tag);
                chip.addClassName("tag-chip");
                chip.getElement().setAttribute("title", "Show every asset tagged " + tag);
                insideLink(chip, () -> onTag.accept(tag));
                tags.put(tag, chip);
                tagRow.add(chip);
            });
            text.add(tagRow);
        }
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
        HoverPreview.attach(this, asset);
    }

    private static void insideLink(Span target, Runnable action) {
        target.getElement().addEventListener("click", event -> action.run()).preventDefault().stopPropagation();
    }

    AssetSummary asset() {
        return asset;
    }
}
