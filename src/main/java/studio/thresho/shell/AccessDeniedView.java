package studio.thresho.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import studio.thresho.base.ui.EmptyState;
import studio.thresho.security.CurrentUser;
import studio.thresho.security.SignedInUser;

/** Shown inside the shell when a signed-in user opens a page their role does not allow. */
@ParentLayout(MainLayout.class)
@PageTitle("Not available · Thresho Studio")
@PermitAll
class AccessDeniedView extends Div implements HasErrorParameter<AccessDeniedException> {

    private final CurrentUser currentUser;

    AccessDeniedView(CurrentUser currentUser) {
        this.currentUser = currentUser;
        addClassName("page");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        String role = currentUser.get().map(SignedInUser::role).map(r -> r.label()).orElse("none");
        removeAll();
        add(new EmptyState(VaadinIcon.LOCK, "This page is not available to you",
                "Your role (" + role + ") does not include it. Ask an administrator if you need access.",
                new Anchor("", "Back to the Library")));
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
