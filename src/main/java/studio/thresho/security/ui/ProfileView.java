package studio.thresho.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import studio.thresho.base.UserFacingException;
import studio.thresho.base.ui.Notifications;
import studio.thresho.base.ui.ViewHeader;
import studio.thresho.security.Profile;
import studio.thresho.security.ProfileService;
import studio.thresho.security.UserRules;

/**
 * The signed-in person's own page: name, username and role, and changing the password (the
 * current one is asked first). Someone whose password was generated or set by an administrator is
 * sent here before anything else ({@link PasswordChangeGate}).
 */
@Route("profile")
@PageTitle("Profile · Thresho Studio")
@PermitAll
class ProfileView extends Div {

    static final String FORCED_CHANGE = "Choose your own password before you continue: the one you signed in with was generated "
            + "or set by an administrator.";

    final PasswordField current = new PasswordField("Current password");
    final PasswordField chosen = new PasswordField("New password");
    final PasswordField repeated = new PasswordField("New password again");
    final Button save = new Button("Change password");
    final Paragraph error = new Paragraph();
    final Paragraph forced = new Paragraph(FORCED_CHANGE);

    private final ProfileService profiles;

    ProfileView(ProfileService profiles) {
        this.profiles = profiles;
        addClassName("page");
        Profile me = profiles.mine();
        add(new ViewHeader("Profile", "Your account in this studio"));

        Div facts = new Div(fact("Name", me.displayName()), fact("Username", me.username()),
                fact("Role", me.role().label() + " · " + me.role().description()));
        facts.addClassName("profile-facts");

        forced.addClassName("profile-forced");
        forced.setVisible(me.passwordChangeRequired());
        current.setMaxLength(UserRules.PASSWORD_MAX_LENGTH);
        chosen.setMaxLength(UserRules.PASSWORD_MAX_LENGTH);
        chosen.setHelperText("At least " + UserRules.PASSWORD_MIN_LENGTH + " characters; a few unrelated words are easy to remember "
                + "and hard to guess. No other rules.");
        repeated.setMaxLength(UserRules.PASSWORD_MAX_LENGTH);
        error.addClassName("form-error");
        error.setVisible(false);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> change());
        FormLayout form = new FormLayout(current, chosen, repeated);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        Div password = new Div(new H2("Change password"), forced, form, error, save);
        password.addClassName("profile-password");
        add(facts, password);
    }

    private static Div fact(String label, String value) {
        Span name = new Span(label);
        name.addClassName("profile-fact-label");
        Div fact = new Div(name, new Span(value));
        fact.addClassName("profile-fact");
        return fact;
    }

    void change() {
        if (!chosen.getValue().equals(repeated.getValue())) {
            showError("The two new passwords differ; type the same one twice.");
            return;
        }
        boolean wasForced = forced.isVisible();
        try {
            profiles.changePassword(current.getValue(), chosen.getValue());
        } catch (UserFacingException refused) {
            showError(refused.getMessage());
            return;
        }
        current.clear();
        chosen.clear();
        repeated.clear();
        error.setVisible(false);
        forced.setVisible(false);
        Notifications.success("Your password is changed. Other browsers signed in as you were signed out.");
        if (wasForced) {
            getUI().ifPresent(ui -> ui.navigate(""));
        }
    }

    private void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }
}
