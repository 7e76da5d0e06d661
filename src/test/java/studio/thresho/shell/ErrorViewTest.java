package studio.thresho.shell;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.junit.jupiter.api.Test;
import studio.thresho.base.UserFacingException;
import studio.thresho.security.TestLogins;
import studio.thresho.testsupport.KaribuTest;

/** A page that fails while it opens shows a plain message in the app frame, never the stack trace. */
class ErrorViewTest extends KaribuTest {

    /** A page that fails on opening, as a page with a bug would; {@code ?known} fails with a message meant for users. */
    @Route("test-only/failing-page")
    @PermitAll
    static class FailingView extends Div implements BeforeEnterObserver {
        @Override
        public void beforeEnter(BeforeEnterEvent event) {
            if (event.getLocation().getQueryParameters().getParameters().containsKey("known")) {
                throw new UserFacingException("That shot list was deleted.");
            }
            throw new IllegalStateException("NullPointerException deep inside the view");
        }
    }

    @Test
    void anUnexpectedFailureShowsAPlainMessageInsideTheShell() {
        openAs(TestLogins.VIEWER, "test-only/failing-page");

        ErrorView error = _get(ErrorView.class);
        String text = error.getElement().getTextRecursively();
        assertThat(text).contains("This page could not be opened", "Something went wrong. The error was logged",
                "Back to the Library");
        assertThat(text).doesNotContain("NullPointerException", "IllegalStateException", "at studio.");
        assertThat(_get(MainLayout.class).getElement().getTextRecursively()).contains("Library");
    }

    @Test
    void aFailureMeantForUsersShowsItsOwnMessage() {
        logins.loginAs(TestLogins.VIEWER);
        navigateTo("test-only/failing-page?known");

        assertThat(_get(ErrorView.class).getElement().getTextRecursively()).contains("That shot list was deleted.");
    }

    @Test
    void theErrorPagesHaveTabTitles() {
        assertThat(ErrorView.class.getAnnotation(PageTitle.class).value()).isEqualTo("Something went wrong · Thresho Studio");
        assertThat(NotFoundView.class.getAnnotation(PageTitle.class).value()).isEqualTo("Page not found · Thresho Studio");
        assertThat(AccessDeniedView.class.getAnnotation(PageTitle.class).value()).isEqualTo("Not available · Thresho Studio");
    }
}
