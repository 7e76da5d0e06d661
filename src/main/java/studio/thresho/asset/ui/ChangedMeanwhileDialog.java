package studio.thresho.asset.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.util.UUID;
import studio.thresho.asset.AssetChangedException;

/**
 * Someone saved a version while an edit was open: review the edit against that version and save
 * again, keep editing, or compare the version the edit started from with the newer one.
 */
class ChangedMeanwhileDialog extends ConfirmDialog {

    ChangedMeanwhileDialog(UUID lineageId, String started, AssetChangedException changed, Runnable saveAgain) {
        super("Changed meanwhile", changed.getMessage(), "Review and save again", confirm -> saveAgain.run());
        setCancelable(true);
        setCancelText("Keep editing");
        setRejectable(true);
        setRejectText("Compare v" + started + " with v" + changed.latestVersion());
        addRejectListener(reject -> UI.getCurrent().getPage().open(VersionCompareView.url(lineageId, started, changed.latestVersion()), "_blank"));
        addClassName("changed-meanwhile");
    }
}
