package studio.thresho.asset.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.popover.Popover;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import studio.thresho.asset.AssetSummary;

/**
 * The larger preview and key facts shown when hovering an asset's card or list thumbnail (a
 * tooltip could show text only). Its content is made when it opens: a page of cards then downloads
 * no 1280 px previews and holds no preview components until someone hovers. The card grid has one
 * preview for all its cards ({@link #shared}), each list row's thumbnail its own ({@link #attach}).
 */
final class HoverPreview {

    /** The mock-up asks for the preview within 300 ms of hovering. */
    static final int DELAY_MILLIS = 250;

    /** Sent with the shared preview's opened-changed: whether it opened. */
    static final String OPENED_DATA = "event.detail.value";
    /** The lineage of the card the shared preview was opened on (its link is {@code asset/<lineage>}), sent with its opened-changed. */
    static final String LINEAGE_DATA = "element.target ? (element.target.getAttribute('href') || '').split('/').pop() : ''";

    /**
     * Whichever card of the grid the pointer is over becomes the popover's target (set in the
     * browser, no request); the popover opens on it after the hover delay and the server fills it then.
     */
    private static final String TARGET_SCRIPT = """
            const grid = this;
            const preview = $0;
            if (grid.__assetPreview) {
              return;
            }
            grid.__assetPreview = true;
            grid.addEventListener('mouseover', event => {
              const card = event.target instanceof Element ? event.target.closest('a.asset-card') : null;
              if (card && grid.contains(card) && preview.target !== card) {
                preview.target = card;
              }
            });
            """;

    private HoverPreview() {
    }

    static Popover attach(Component target, AssetSummary asset) {
        Popover preview = popover();
        preview.setTarget(target);
        preview.addOpenedChangeListener(change -> {
            if (change.isOpened() && preview.getChildren().findAny().isEmpty()) {
                fill(preview, asset);
            }
        });
        return preview;
    }

    /**
     * One preview for every card in a grid (the caller adds it beside the grid): it follows the
     * pointer from card to card and, when it opens, shows the asset of the card it opened on; its
     * content is dropped when it closes, so the session holds none while nobody hovers.
     *
     * @param assets the asset of a card shown in the grid, by lineage
     */
    static Popover shared(Component grid, Function<UUID, Optional<AssetSummary>> assets) {
        Popover preview = popover();
        // closes as the pointer leaves a card: a pending close would keep it from opening on the next card
        preview.setHideDelay(0);
        preview.getElement().addEventListener("opened-changed", opened -> {
            preview.removeAll();
            if (opened.getEventData().get(OPENED_DATA).asBoolean()) {
                AssetCardEvents.lineage(opened.getEventData().get(LINEAGE_DATA).asString()).flatMap(assets)
                        .ifPresent(asset -> fill(preview, asset));
            }
        }).addEventData(OPENED_DATA).addEventData(LINEAGE_DATA);
        grid.addAttachListener(attach -> grid.getElement().executeJs(TARGET_SCRIPT, preview.getElement()));
        return preview;
    }

    private static Popover popover() {
        Popover preview = new Popover();
        preview.setOpenOnHover(true);
        preview.setOpenOnFocus(false);
        preview.setOpenOnClick(false);
        preview.setHoverDelay(DELAY_MILLIS);
        preview.addClassName("asset-preview");
        return preview;
    }

    private static void fill(Popover preview, AssetSummary asset) {
        if (asset.previewUrl() != null) {
            preview.add(new Image(asset.previewUrl(), asset.name()));
        }
        preview.add(facts(asset));
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
