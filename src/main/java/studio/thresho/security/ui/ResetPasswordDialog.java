package studio.thresho.security.ui;

import com.vaadin.flow.component.textfield.PasswordField;
import studio.thresho.base.ui.FormDialog;
import studio.thresho.base.ui.Notifications;
import studio.thresho.security.UserAdminService;
import studio.thresho.security.UserRules;
import studio.thresho.security.UserSummary;

/** Sets a new password for someone who forgot theirs. */
class ResetPasswordDialog extends FormDialog {

    final PasswordField password = new PasswordField("New password");

    private final UserAdminService users;
    private final UserSummary user;

    ResetPasswordDialog(UserAdminService users, UserSummary user) {
        super("Reset the password of " + user.displayName(), "Set password");
        this.users = users;
        this.user = user;
        password.setHelperText("At least " + UserRules.PASSWORD_MIN_LENGTH + " characters; tell it to " + user.username()
                + " in person. They choose their own at the next sign-in, and are signed out everywhere now.");
        password.setMaxLength(UserRules.PASSWORD_MAX_LENGTH);
        password.setWidthFull();
        addForm(password);
    }

    @Override
    protected void submit() {
        users.resetPassword(user.id(), password.getValue());
        Notifications.success("New password set for " + user.username() + ".");
    }
}
