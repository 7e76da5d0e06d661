package studio.thresho.asset.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.util.Optional;
import java.util.UUID;
import studio.thresho.asset.AssetDetail;
import studio.thresho.asset.AssetVersionService;
import studio.thresho.asset.VersionSummary;
import studio.thresho.base.UserFacingException;
import studio.thresho.base.ui.Notifications;

/** Set active and Restore, offered alike by the version history and the compare page; each tells the user what happened. */
final class VersionChanges {

    private final AssetVersionService versions;
    private final UUID lineageId;

    VersionChanges(AssetVersionService versions, UUID lineageId) {
        this.versions = versions;
        this.lineageId = lineageId;
    }

    /** @return whether the version is active now */
    boolean setActive(VersionSummary version) {
        try {
            versions.setActive(lineageId, version.versionId());
            Notifications.success("New generations now use v" + version.version() + ".");
            return true;
        } catch (UserFacingException refused) {
            Notifications.error(refused.getMessage());
            return false;
        }
    }

    /** Asks before restoring; {@code restore} runs once the user agrees. */
    static void confirmRestore(VersionSummary version, Runnable restore) {
        ConfirmDialog confirm = new ConfirmDialog("Restore v" + version.version() + "?",
                "Its fields and images are saved as a new version after the latest one. No version is removed or changed.",
                "Restore", event -> restore.run());
        confirm.setCancelable(true);
        confirm.addClassName("restore-version");
        confirm.open();
    }

    /** Saves the version's content as a new latest version; empty when it was refused (the user is told why). */
    Optional<AssetDetail> restore(VersionSummary version) {
        try {
            AssetDetail restored = versions.restore(lineageId, version.version(), null);
            Notifications.success(restored.version().equals(version.version()) || !restored.latest()
                    ? "The latest version already holds what v" + version.version() + " holds."
                    : "Restored v" + version.version() + " as v" + restored.version() + ".");
            return Optional.of(restored);
        } catch (UserFacingException refused) {
            Notifications.error(refused.getMessage());
            return Optional.empty();
        }
    }
}
