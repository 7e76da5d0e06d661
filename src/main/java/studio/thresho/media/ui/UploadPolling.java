package studio.thresho.media.ui;

import com.vaadin.flow.component.UI;

/**
 * Makes the page ask the server for news while uploads run, so that a line written from an upload's
 * request (an image waiting for its turn) shows at once. Leaves alone a poll interval another part
 * of the page set meanwhile (the Generate page polls its jobs).
 */
final class UploadPolling {

    static final int INTERVAL_MILLIS = 700;

    private int previous = -1;
    private boolean ours;

    void start(UI ui) {
        if (ui == null || ours) {
            return;
        }
        int current = ui.getPollInterval();
        if (current < 0 || current > INTERVAL_MILLIS) {
            previous = current;
            ui.setPollInterval(INTERVAL_MILLIS);
            ours = true;
        }
    }

    void stop(UI ui) {
        if (ui == null || !ours) {
            return;
        }
        if (ui.getPollInterval() == INTERVAL_MILLIS) {
            ui.setPollInterval(previous);
        }
        ours = false;
    }
}
