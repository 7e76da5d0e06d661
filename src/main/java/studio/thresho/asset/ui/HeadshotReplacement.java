package studio.thresho.asset.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.util.function.Consumer;

/** Asks what becomes of the current headshot when another takes its place: a reference image, or nothing. */
class HeadshotReplacement extends ConfirmDialog {

    static final String KEEP = "Keep it as a reference image";
    static final String REMOVE = "Remove it";

    /**
     * @param onChoice called with true to keep the old headshot as a reference image, false to remove it;
     *                 not called when the user cancels
     */
    HeadshotReplacement(Consumer<Boolean> onChoice) {
        setHeader("Replace the headshot?");
        setText("The asset has a headshot already. What should become of it?");
        setConfirmText(KEEP);
        addConfirmListener(confirm -> onChoice.accept(true));
        setRejectable(true);
        setRejectText(REMOVE);
        addRejectListener(reject -> onChoice.accept(false));
        setCancelable(true);
        setCancelText("Cancel");
        addClassName("headshot-replacement");
    }
}
