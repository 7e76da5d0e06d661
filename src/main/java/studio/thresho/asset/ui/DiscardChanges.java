package studio.thresho.asset.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.router.BeforeLeaveEvent;

/** Leaving a form with unsaved changes asks first; keeping on editing is the safe default. */
final class DiscardChanges {

    private DiscardChanges() {
    }

    static void ask(BeforeLeaveEvent.ContinueNavigationAction leave) {
        ConfirmDialog confirm = new ConfirmDialog("Discard your changes?",
                "You changed this asset without saving. Leave and lose the changes?", "Discard changes", discard -> leave.proceed());
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.setCancelText("Keep editing");
        confirm.open();
    }
}
