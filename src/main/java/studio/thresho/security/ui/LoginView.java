package studio.thresho.security.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Duration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import studio.thresho.security.CurrentUser;
import studio.thresho.security.Waits;

@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Thresho Studio")
@AnonymousAllowed
public class LoginView extends Div implements BeforeEnterObserver {

    static final String DEMO_HINT = "Demo accounts: admin / admin, editor / editor, viewer / viewer";
    /** The query parameter a throttled sign-in comes back with: the seconds to wait. */
    public static final String THROTTLED_PARAMETER = "throttled";
    static final String THROTTLED_TITLE = "Too many failed sign-ins";

    private final LoginForm loginForm = new LoginForm();
    private LoginI18n shown = texts();
    private final CurrentUser currentUser;

    LoginView(CurrentUser currentUser, Environment environment) {
        this.currentUser = currentUser;
        addClassName("login-page");

        Div brand = new Div();
        brand.addClassName("login-brand");
        Span mark = new Span(VaadinIcon.FILM.create());
        mark.addClassName("brand-mark");
        Paragraph tagline = new Paragraph("Keep every talent, set and light in one library, and get the same "
                + "\"Marcus, Lead Barber\" in every shot.");
        brand.add(mark, new H1("Thresho Studio"), new Span("Talent & Asset Library"), tagline);

        loginForm.setAction("login");
        loginForm.setForgotPasswordButtonVisible(false);
        loginForm.setI18n(shown);

        Div formPanel = new Div(loginForm);
        formPanel.addClassName("login-form-panel");
        if (environment.acceptsProfiles(Profiles.of("demo"))) {
            Paragraph hint = new Paragraph(DEMO_HINT);
            hint.addClassName("login-demo-hint");
            formPanel.add(hint);
        }
        add(brand, formPanel);
    }

    private static LoginI18n texts() {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Sign in");
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle("Wrong username or password");
        error.setMessage("Check your username and password and try again. Disabled accounts cannot sign in; ask an administrator.");
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (currentUser.get().isPresent()) {
            event.forwardTo("");
            return;
        }
        var parameters = event.getLocation().getQueryParameters();
        var throttled = parameters.getSingleParameter(THROTTLED_PARAMETER);
        if (throttled.isPresent()) {
            show(throttledTexts(throttled.get()));
            loginForm.setError(true);
            return;
        }
        show(texts());
        loginForm.setError(parameters.getParameters().containsKey("error"));
    }

    /** The same words whether or not the account exists: the name and the address are throttled alike. */
    private static LoginI18n throttledTexts(String seconds) {
        LoginI18n i18n = texts();
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(THROTTLED_TITLE);
        long wait;
        try {
            wait = Math.max(1, Long.parseLong(seconds));
        } catch (NumberFormatException garbled) {
            wait = 60;
        }
        error.setMessage("Signing in with this username or from this address is paused. Try again in "
                + Waits.describe(Duration.ofSeconds(wait)) + ".");
        return i18n;
    }

    private void show(LoginI18n texts) {
        shown = texts;
        loginForm.setI18n(texts);
    }

    LoginForm loginForm() {
        return loginForm;
    }

    /** The error the form shows when it is in its error state. */
    LoginI18n.ErrorMessage error() {
        return shown.getErrorMessage();
    }
}
