package studio.thresho.asset.ui;

import com.vaadin.flow.component.Component;
import studio.thresho.asset.AssetDetail;

/**
 * A button a later feature adds to an asset's detail page (the Export of {@code exchange}), shown
 * to every signed-in user, so the library never depends on the features that extend it.
 */
public interface AssetAction {

    /** Whether the action has a button for this asset (LoRA actions are for talent only). */
    default boolean appliesTo(AssetDetail asset) {
        return true;
    }

    /** @param asset the version the page shows; only called when {@link #appliesTo} */
    Component create(AssetDetail asset);
}
