package studio.thresho.asset.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.Element;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The clicks inside the cards of a grid, handled by one listener on the grid instead of one per tag
 * chip and version badge: a click on a tag chip or on the version badge of an asset with several
 * versions does not also follow the card's link; it becomes a {@value #TAG_EVENT} (the tag) or a
 * {@value #HISTORY_EVENT} (the card's lineage) event on the grid, which the server listens to.
 */
final class AssetCardEvents {

    static final String TAG_EVENT = "asset-card-tag";
    static final String HISTORY_EVENT = "asset-card-history";
    static final String TAG_DATA = "event.detail.tag";
    static final String LINEAGE_DATA = "event.detail.lineage";

    /**
     * Runs in the browser on the grid each time it is attached (once per element). The card's link is
     * {@code asset/<lineage>}; the router's own listener (on the document) never sees the click.
     */
    private static final String SCRIPT = """
            const grid = this;
            if (grid.__assetCardEvents) {
              return;
            }
            grid.__assetCardEvents = true;
            grid.addEventListener('click', event => {
              const target = event.target instanceof Element ? event.target.closest('[%1$s], [%2$s]') : null;
              const card = target && target.closest('a.asset-card');
              if (!card || !grid.contains(card)) {
                return;
              }
              event.preventDefault();
              event.stopPropagation();
              const href = card.getAttribute('href') || '';
              const lineage = href.substring(href.lastIndexOf('/') + 1);
              grid.dispatchEvent(target.hasAttribute('%1$s')
                  ? new CustomEvent('%3$s', {detail: {tag: target.getAttribute('%1$s'), lineage}})
                  : new CustomEvent('%4$s', {detail: {lineage}}));
            });
            """.formatted(AssetCard.TAG_ATTRIBUTE, AssetCard.HISTORY_ATTRIBUTE, TAG_EVENT, HISTORY_EVENT);

    private AssetCardEvents() {
    }

    /**
     * @param grid      the element holding the cards
     * @param onTag     a tag chip was clicked (the library filters by the tag)
     * @param onHistory a version badge was clicked (the detail view opens on the history)
     */
    static void install(Component grid, Consumer<String> onTag, Consumer<UUID> onHistory) {
        Element element = grid.getElement();
        element.addEventListener(TAG_EVENT, event -> onTag.accept(event.getEventData().get(TAG_DATA).asString()))
                .addEventData(TAG_DATA);
        element.addEventListener(HISTORY_EVENT, event -> lineage(event.getEventData().get(LINEAGE_DATA).asString())
                .ifPresent(onHistory)).addEventData(LINEAGE_DATA);
        grid.addAttachListener(attach -> element.executeJs(SCRIPT));
    }

    /** A lineage id sent by the browser; anything else is ignored. */
    static Optional<UUID> lineage(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException notALineage) {
            return Optional.empty();
        }
    }
}
