package studio.thresho.asset.ui;

import com.vaadin.flow.component.Component;
import studio.thresho.asset.AssetDetail;

/**
 * A button a later feature adds to an asset's detail page (the Export of {@code exchange}), shown
 * to every signed-in user, so the library never depends on the features that extend it.
 */
public interface AssetAction {

    /** @param asset the version the page shows */
    Component create(AssetDetail asset);
}
