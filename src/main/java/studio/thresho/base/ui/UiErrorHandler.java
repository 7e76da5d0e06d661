package studio.thresho.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import studio.thresho.base.UserFacingException;

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

    /** The message a user sees for a failure, or null when it is unexpected. */
    static String userMessage(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof UserFacingException) {
                return cause.getMessage();
            }
            if (cause instanceof AccessDeniedException) {
                return "Your role does not allow this action.";
            }
            if (cause instanceof ObjectOptimisticLockingFailureException) {
                return "Someone changed this meanwhile. Reload to see their change, then try again.";
            }
        }
        return null;
    }

    private static final class NotifyingHandler implements ErrorHandler {
        @Override
        public void error(ErrorEvent event) {
            String message = userMessage(event.getThrowable());
            if (message == null) {
                log.error("Unexpected error in the UI", event.getThrowable());
                message = "Something went wrong. The error was logged; please try again.";
            }
            String text = message;
            UI ui = UI.getCurrent();
            if (ui != null) {
                ui.access(() -> Notifications.error(text));
            }
        }
    }
}
