package studio.thresho.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import studio.thresho.base.ui.EmptyState;

/** Shown inside the shell for an address that leads nowhere (a mistyped or outdated link). */
@ParentLayout(MainLayout.class)
@PageTitle("Page not found · Thresho Studio")
@PermitAll
class NotFoundView extends Div implements HasErrorParameter<NotFoundException> {

    NotFoundView() {
        addClassName("page");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        add(new EmptyState(VaadinIcon.QUESTION_CIRCLE_O, "Nothing lives at this address",
                "\"/" + event.getLocation().getPath() + "\" is not a page of the library. The link may be mistyped or out of date.",
                new Anchor("", "Back to the Library")));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
