package studio.thresho.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import studio.thresho.base.UserFacingException;
import studio.thresho.base.ui.Notifications;
import studio.thresho.security.NewUser;
import studio.thresho.security.Role;
import studio.thresho.security.UserAdminService;
import studio.thresho.security.UserRules;

/** Collects a new account; the service validates, and its refusal is shown inside the dialog. */
class NewUserDialog extends Dialog {

    final TextField username = new TextField("Username");
    final TextField displayName = new TextField("Name");
    final Select<Role> role = new Select<>();
    final PasswordField password = new PasswordField("Initial password");
    final Paragraph error = new Paragraph();
    final Button create = new Button("Create user");

    NewUserDialog(UserAdminService users, Runnable onCreated) {
        setHeaderTitle("New user");
        username.setMaxLength(UserRules.USERNAME_MAX_LENGTH);
        username.setHelperText("Lower-case letters, digits, dots, dashes");
        username.setRequired(true);
        displayName.setMaxLength(UserRules.DISPLAY_NAME_MAX_LENGTH);
        displayName.setRequired(true);
        role.setLabel("Role");
        role.setItems(Role.values());
        role.setItemLabelGenerator(Role::label);
        role.setValue(Role.EDITOR);
        password.setHelperText("At least " + UserRules.PASSWORD_MIN_LENGTH + " characters");
        password.setMaxLength(UserRules.PASSWORD_MAX_LENGTH);
        error.addClassName("form-error");
        error.setVisible(false);
        add(new FormLayout(username, displayName, role, password), error);

        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> {
            try {
                users.createUser(new NewUser(username.getValue(), displayName.getValue(), role.getValue(), password.getValue()));
                Notifications.success("Created " + username.getValue().trim().toLowerCase() + ".");
                close();
                onCreated.run();
            } catch (UserFacingException refused) {
                error.setText(refused.getMessage());
                error.setVisible(true);
            }
        });
        getFooter().add(new Button("Cancel", click -> close()), create);
    }
}
