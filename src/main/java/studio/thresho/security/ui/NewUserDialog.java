package studio.thresho.security.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import studio.thresho.base.ui.FormDialog;
import studio.thresho.base.ui.LengthLimit;
import studio.thresho.base.ui.Notifications;
import studio.thresho.security.NewUser;
import studio.thresho.security.Role;
import studio.thresho.security.UserAdminService;
import studio.thresho.security.UserRules;
import studio.thresho.security.UserSummary;

/** Collects a new account; the service validates. */
class NewUserDialog extends FormDialog {

    final TextField username = new TextField("Username");
    final TextField displayName = new TextField("Name");
    final Select<Role> role = new Select<>();
    final PasswordField password = new PasswordField("Initial password");

    private final UserAdminService users;
    private final Runnable onCreated;

    NewUserDialog(UserAdminService users, Runnable onCreated) {
        super("New user", "Create user");
        this.users = users;
        this.onCreated = onCreated;
        LengthLimit.refuseOver(username, UserRules.USERNAME_MAX_LENGTH);
        username.setHelperText("Lower-case letters, digits, dots, dashes");
        username.setRequired(true);
        LengthLimit.refuseOver(displayName, UserRules.DISPLAY_NAME_MAX_LENGTH);
        displayName.setRequired(true);
        role.setLabel("Role");
        role.setItems(Role.values());
        role.setItemLabelGenerator(Role::label);
        role.setValue(Role.EDITOR);
        password.setHelperText("At least " + UserRules.PASSWORD_MIN_LENGTH + " characters, not easy to guess; the person chooses "
                + "their own at the first sign-in");
        password.setMaxLength(UserRules.PASSWORD_MAX_LENGTH);
        addForm(new FormLayout(username, displayName, role, password));
    }

    @Override
    protected void submit() {
        UserSummary created = users.createUser(new NewUser(username.getValue(), displayName.getValue(), role.getValue(), password.getValue()));
        Notifications.success("Created " + created.username() + ".");
        onCreated.run();
    }
}
