package studio.thresho.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import studio.thresho.base.UserFacingException;
import studio.thresho.base.ui.Notifications;
import studio.thresho.security.UserAdminService;
import studio.thresho.security.UserRules;
import studio.thresho.security.UserSummary;

/** Sets a new password for someone who forgot theirs. */
class ResetPasswordDialog extends Dialog {

    final PasswordField password = new PasswordField("New password");
    final Paragraph error = new Paragraph();
    final Button save = new Button("Set password");

    ResetPasswordDialog(UserAdminService users, UserSummary user) {
        setHeaderTitle("Reset the password of " + user.displayName());
        password.setHelperText("At least " + UserRules.PASSWORD_MIN_LENGTH + " characters; tell it to " + user.username() + " in person.");
        password.setMaxLength(UserRules.PASSWORD_MAX_LENGTH);
        password.setWidthFull();
        error.addClassName("form-error");
        error.setVisible(false);
        add(password, error);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            try {
                users.resetPassword(user.id(), password.getValue());
                Notifications.success("New password set for " + user.username() + ".");
                close();
            } catch (UserFacingException refused) {
                error.setText(refused.getMessage());
                error.setVisible(true);
            }
        });
        getFooter().add(new Button("Cancel", click -> close()), save);
    }
}
