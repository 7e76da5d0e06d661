package studio.thresho.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.thresho.base.ui.EmptyState;
import studio.thresho.base.ui.UserMessages;

/**
 * Shown inside the shell when opening a page fails, in place of the router's default error page
 * (which shows the stack trace): a plain message for the user, the trace in the log.
 */
@ParentLayout(MainLayout.class)
@PageTitle("Something went wrong · Thresho Studio")
@PermitAll
class ErrorView extends Div implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(ErrorView.class);

    ErrorView() {
        addClassName("page");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String known = UserMessages.of(parameter.getCaughtException());
        if (known == null) {
            log.error("Opening /{} failed", event.getLocation().getPath(), parameter.getCaughtException());
        }
        removeAll();
        add(new EmptyState(VaadinIcon.WARNING, "This page could not be opened",
                known != null ? known : UserMessages.UNEXPECTED, new Anchor("", "Back to the Library")));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
