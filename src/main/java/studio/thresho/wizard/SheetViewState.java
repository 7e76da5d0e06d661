package studio.thresho.wizard;

import java.util.List;
import java.util.UUID;
import studio.thresho.asset.SheetSlot;

/**
 * One of the 8 views in step 3: its current image (the last attempt), every attempt, how many are
 * still running, and whether the user dropped it.
 *
 * @param awaitingUpload how many of the running ones wait for the user's upload (Midjourney)
 */
public record SheetViewState(SheetSlot slot, WizardImage current, List<UUID> attempts, int inFlight, int awaitingUpload, boolean dropped) {

    public SheetViewState {
        attempts = List.copyOf(attempts);
    }

    /** Kept for the talent: made and not dropped. */
    public boolean accepted() {
        return !dropped && current != null && current.ready();
    }
}
