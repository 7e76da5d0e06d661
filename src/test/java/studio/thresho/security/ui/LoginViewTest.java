package studio.thresho.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import org.junit.jupiter.api.Test;
import studio.thresho.testsupport.KaribuTest;

class LoginViewTest extends KaribuTest {

    @Test
    void anonymousVisitorIsSentToTheLoginPage() {
        UI.getCurrent().navigate("");

        assertThat(_get(LoginView.class)).isNotNull();
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("login");
    }

    @Test
    void anonymousVisitToAdminIsSentToTheLoginPage() {
        UI.getCurrent().navigate("admin/users");

        assertThat(_get(LoginView.class)).isNotNull();
    }

    @Test
    void loginPageShowsNoErrorOnAFreshVisit() {
        UI.getCurrent().navigate("login");

        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isFalse();
        assertThat(form.getAction()).isEqualTo("login");
    }

    @Test
    void loginPageShowsTheErrorStateAfterAFailedAttempt() {
        UI.getCurrent().navigate("login", com.vaadin.flow.router.QueryParameters.simple(java.util.Map.of("error", "")));

        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
    }

    @Test
    void signedInUserOpeningLoginGoesToTheLibrary() {
        logins.loginAs(studio.thresho.security.TestLogins.EDITOR);

        UI.getCurrent().navigate("login");

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEmpty();
    }

    @Test
    void aThrottledSignInSaysHowLongToWaitWithoutSayingWhetherTheAccountExists() {
        UI.getCurrent().navigate("login", com.vaadin.flow.router.QueryParameters.simple(java.util.Map.of(LoginView.THROTTLED_PARAMETER, "840")));

        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(_get(LoginView.class).error().getTitle()).isEqualTo(LoginView.THROTTLED_TITLE);
        assertThat(_get(LoginView.class).error().getMessage())
                .isEqualTo("Signing in with this username or from this address is paused. Try again in 14 minutes.")
                .doesNotContainIgnoringCase("exist").doesNotContainIgnoringCase("unknown");

        UI.getCurrent().navigate("login", com.vaadin.flow.router.QueryParameters.simple(java.util.Map.of(LoginView.THROTTLED_PARAMETER, "2")));
        assertThat(_get(LoginView.class).error().getMessage()).endsWith("Try again in 2 seconds.");
    }
}
