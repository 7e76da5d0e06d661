package studio.thresho.asset.ui;

import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.web.util.HtmlUtils;
import studio.thresho.asset.AssetSummary;

/**
 * One asset in the library grid: thumbnail, name, category badge, usage; opens the detail view.
 * The card is a single state node: a link whose content (picture, name, role, category, usage,
 * version badge, tags, draft and global badges) is one escaped {@code innerHTML} string. Its tag chips
 * ({@value #TAG_ATTRIBUTE}) and history badge ({@value #HISTORY_ATTRIBUTE}) are handled by one listener
 * on the grid ({@link AssetCardEvents}), its hover preview by one popover for the grid ({@link HoverPreview#shared}).
 */
class AssetCard extends RouterLink {

    /** The most tags a card shows; the detail view lists them all. */
    static final int CARD_TAGS = 3;
    /** On a tag chip: the tag a click filters the library by. */
    static final String TAG_ATTRIBUTE = "data-tag";
    /** On the version badge of an asset with several versions: a click opens the history. */
    static final String HISTORY_ATTRIBUTE = "data-history";

    private final AssetSummary asset;

    /** @param highlightedName the name with search matches marked (already HTML-escaped), or null */
    AssetCard(AssetSummary asset, String highlightedName) {
        super(AssetDetailView.class, new RouteParameters(AssetDetailView.LINEAGE_PARAMETER, asset.lineageId().toString()));
        this.asset = asset;
        addClassName("asset-card");
        getElement().setProperty("innerHTML", html(asset, highlightedName));
    }

    /** The card's content; every text from the asset is escaped, the highlighted name already is. */
    static String html(AssetSummary asset, String highlightedName) {
        StringBuilder html = new StringBuilder(1024);
        html.append("<div class=\"asset-card-picture").append(asset.thumbnailUrl() == null ? " no-image\">" : "\">");
        if (asset.thumbnailUrl() != null) {
            html.append("<img src=\"").append(escape(asset.thumbnailUrl())).append("\" alt=\"").append(escape(asset.name())).append("\">");
        } else {
            icon(html, asset.categoryIcon());
        }
        if (asset.draft()) {
            html.append("<span class=\"asset-card-draft\" theme=\"badge contrast small\">Draft</span>");
        }
        if (asset.global()) {
            html.append("<span class=\"asset-card-global\" title=\"Global library\"><vaadin-icon icon=\"vaadin:globe\"></vaadin-icon></span>");
        }
        html.append("</div><div class=\"asset-card-text\"><span class=\"asset-card-name\">")
                .append(highlightedName == null ? escape(asset.name()) : highlightedName).append("</span>");
        if (asset.role() != null) {
            html.append("<span class=\"asset-card-role\">").append(escape(asset.role())).append("</span>");
        }
        html.append("<div class=\"asset-card-meta\"><span class=\"asset-card-category\">");
        icon(html, asset.categoryIcon());
        html.append("<span>").append(escape(asset.categoryName())).append("</span></span><span class=\"asset-card-usage\">Used: ")
                .append(asset.usageCount()).append("x</span></div>");
        String version = escape(asset.versionBadge() + (asset.versionCount() > 1 ? " · " + asset.versionCount() + " versions" : ""));
        if (asset.versionCount() > 1) {
            html.append("<span class=\"version-badge opens-history\" title=\"Show the version history\" ")
                    .append(HISTORY_ATTRIBUTE).append(">").append(version).append("</span>");
        } else {
            html.append("<span class=\"version-badge\">").append(version).append("</span>");
        }
        List<String> tags = tags(asset);
        if (!tags.isEmpty()) {
            html.append("<div class=\"asset-card-tags\">");
            tags.forEach(tag -> html.append("<span class=\"tag-chip\" title=\"Show every asset tagged ").append(escape(tag))
                    .append("\" ").append(TAG_ATTRIBUTE).append("=\"").append(escape(tag)).append("\">#").append(escape(tag)).append("</span>"));
            html.append("</div>");
        }
        return html.append("</div>").toString();
    }

    private static void icon(StringBuilder html, String name) {
        html.append("<vaadin-icon icon=\"").append(escape(name == null || !name.contains(":") ? "vaadin:folder" : name))
                .append("\"></vaadin-icon>");
    }

    /** The tags the card shows (at most {@value #CARD_TAGS}). */
    static List<String> tags(AssetSummary asset) {
        return asset.tags().stream().limit(CARD_TAGS).toList();
    }

    /** Text as HTML: element content or a quoted attribute value ({@code & < > " '} escaped). */
    static String escape(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text, StandardCharsets.UTF_8.name());
    }

    AssetSummary asset() {
        return asset;
    }
}
