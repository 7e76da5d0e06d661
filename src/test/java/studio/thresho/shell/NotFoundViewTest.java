package studio.thresho.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NotFoundException;
import org.junit.jupiter.api.Test;
import studio.thresho.security.TestLogins;
import studio.thresho.testsupport.KaribuTest;

/**
 * An unknown address never reaches Karibu's router (Vaadin hands unknown paths to the client-side
 * router, which does not run here), so the view is rendered directly; the end-to-end test opens a
 * real unknown address.
 */
class NotFoundViewTest extends KaribuTest {

    @Test
    void explainsThatTheAddressLeadsNowhereAndAnswers404() {
        logins.loginAs(TestLogins.VIEWER);
        BeforeEnterEvent event = mock(BeforeEnterEvent.class);
        when(event.getLocation()).thenReturn(new Location("no-such-page"));

        NotFoundView view = new NotFoundView();
        int status = view.setErrorParameter(event, new ErrorParameter<>(NotFoundException.class, new NotFoundException()));

        assertThat(status).isEqualTo(404);
        assertThat(view.getElement().getTextRecursively())
                .contains("Nothing lives at this address").contains("/no-such-page").contains("Back to the Library");
    }
}
