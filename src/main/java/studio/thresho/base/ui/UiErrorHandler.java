package studio.thresho.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Turns exceptions that escape a UI event into a readable notification, never a stack trace.
 * Unexpected errors are logged with the full trace for the developers.
 */
@Component
class UiErrorHandler implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(UiErrorHandler.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(new NotifyingHandler()));
    }

    private static final class NotifyingHandler implements ErrorHandler {
        @Override
        public void error(ErrorEvent event) {
            String message = UserMessages.of(event.getThrowable());
            if (message == null) {
                log.error("Unexpected error in the UI", event.getThrowable());
                message = UserMessages.UNEXPECTED;
            }
            String text = message;
            UI ui = UI.getCurrent();
            if (ui != null) {
                ui.access(() -> Notifications.error(text));
            }
        }
    }
}
