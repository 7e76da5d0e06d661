package studio.thresho.asset.ui;

import com.vaadin.flow.component.Component;

/**
 * A button a later feature adds to the Library page's header (the Import and Export dialogs of
 * {@code exchange}), so the library never depends on the features that extend it.
 */
public interface LibraryAction {

    /** @param onLibraryChanged shows the library afresh once the action changed it */
    Component create(Runnable onLibraryChanged);

    /** Whether viewers see it too (an export); otherwise only editors do. */
    default boolean forViewers() {
        return false;
    }
}
