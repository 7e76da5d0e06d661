package studio.thresho.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import studio.thresho.security.Role;
import studio.thresho.security.TestLogins;
import studio.thresho.security.UserSummary;
import studio.thresho.testsupport.KaribuTest;

class UserAdminViewTest extends KaribuTest {

    @Test
    void adminSeesAllUsersWithTheirRoles() {
        openAs(TestLogins.ADMIN, "admin/users");

        List<UserSummary> rows = rows();
        assertThat(rows).extracting(UserSummary::username).contains(TestLogins.ADMIN, TestLogins.EDITOR, TestLogins.VIEWER);
        assertThat(rows).filteredOn(row -> row.username().equals(TestLogins.VIEWER)).singleElement()
                .extracting(UserSummary::role).isEqualTo(Role.VIEWER);
    }

    @Test
    void theHelpSaysEditorsManageCategoriesAndEveryoneSeesEveryProject() {
        openAs(TestLogins.ADMIN, "admin/users");

        String help = com.github.mvysny.kaributesting.v10.LocatorJ._get(UserAdminView.class).getElement().getTextRecursively();
        assertThat(help).contains("manages categories and shot lists", "Also manages users, providers and projects",
                "every signed-in user sees every project");
        assertThat(Role.ADMIN.description()).doesNotContain("categories");
    }

    @Test
    void adminCreatesAUserThroughTheDialog() {
        openAs(TestLogins.ADMIN, "admin/users");
        String username = "new-" + UUID.randomUUID().toString().substring(0, 6);

        _click(_get(Button.class, spec -> spec.withText("New user")));
        NewUserDialog dialog = _get(NewUserDialog.class);
        dialog.username.setValue(username);
        dialog.displayName.setValue("Nia Producer");
        dialog.role.setValue(Role.VIEWER);
        dialog.password.setValue("amber falcon drifts west");
        _click(dialog.primaryButton());

        _assertNone(NewUserDialog.class);
        assertThat(rows()).extracting(UserSummary::username).contains(username);
        NotificationsKt.expectNotifications("Created " + username + ".");
    }

    @Test
    void invalidInputStaysInTheDialogWithTheReason() {
        openAs(TestLogins.ADMIN, "admin/users");

        _click(_get(Button.class, spec -> spec.withText("New user")));
        NewUserDialog dialog = _get(NewUserDialog.class);
        dialog.username.setValue("short-pass-user");
        dialog.displayName.setValue("Someone");
        dialog.password.setValue("short");
        _click(dialog.primaryButton());

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.errorText()).isNotEmpty();
        assertThat(dialog.errorText()).contains("at least 12 characters");
        assertThat(rows()).extracting(UserSummary::username).doesNotContain("short-pass-user");
    }

    @Test
    void aDisplayNameOverTheLimitIsRefusedWithAMessageNeverCut() {
        openAs(TestLogins.ADMIN, "admin/users");
        _click(_get(Button.class, spec -> spec.withText("New user")));
        NewUserDialog dialog = _get(NewUserDialog.class);
        String tooLong = "N".repeat(studio.thresho.security.UserRules.DISPLAY_NAME_MAX_LENGTH + 1);

        dialog.displayName.setValue(tooLong);

        assertThat(dialog.displayName.getValue()).isEqualTo(tooLong);
        assertThat(dialog.displayName.isInvalid()).isTrue();
        assertThat(dialog.displayName.getErrorMessage()).isEqualTo("At most 120 characters; this has 121.");
    }

    @Test
    void adminChangesARoleInTheGrid() {
        openAs(TestLogins.ADMIN, "admin/users");
        String username = createUserThroughDialog();

        @SuppressWarnings("unchecked")
        Select<Role> roleSelect = (Select<Role>) GridKt._getCellComponent(grid(), rowOf(username), "role");
        roleSelect.setValue(Role.EDITOR);

        assertThat(rows()).filteredOn(row -> row.username().equals(username)).singleElement()
                .extracting(UserSummary::role).isEqualTo(Role.EDITOR);
    }

    @Test
    void adminCannotDisableThemselves() {
        openAs(TestLogins.ADMIN, "admin/users");

        assertThat(actionButton(TestLogins.ADMIN, "Disable").isEnabled()).isFalse();
    }

    @Test
    void adminResetsAPasswordThroughTheDialog() {
        openAs(TestLogins.ADMIN, "admin/users");
        String username = createUserThroughDialog();

        _click(actionButton(username, "Reset password"));
        ResetPasswordDialog dialog = _get(ResetPasswordDialog.class);
        dialog.password.setValue("x");
        _click(dialog.primaryButton());
        assertThat(dialog.errorText()).contains("at least");

        dialog.password.setValue("quiet orchard tide 7");
        _click(dialog.primaryButton());

        _assertNone(ResetPasswordDialog.class);
        assertThat(logins.passwordMatches(username, "quiet orchard tide 7")).isTrue();
    }

    @Test
    void adminDisablesAndEnablesAnAccount() {
        openAs(TestLogins.ADMIN, "admin/users");
        String username = createUserThroughDialog();

        _click(actionButton(username, "Disable"));

        assertThat(logins.isEnabled(username)).isFalse();
        assertThat(rows()).filteredOn(row -> row.username().equals(username)).singleElement()
                .extracting(UserSummary::enabled).isEqualTo(false);
        _click(actionButton(username, "Enable"));
        assertThat(logins.isEnabled(username)).isTrue();
    }

    private static Button actionButton(String username, String text) {
        HorizontalLayout actions = (HorizontalLayout) GridKt._getCellComponent(grid(), rowOf(username), "actions");
        return actions.getChildren().map(Button.class::cast)
                .filter(button -> button.getText().equals(text)).findFirst().orElseThrow();
    }

    private String createUserThroughDialog() {
        String username = "role-" + UUID.randomUUID().toString().substring(0, 6);
        _click(_get(Button.class, spec -> spec.withText("New user")));
        NewUserDialog dialog = _get(NewUserDialog.class);
        dialog.username.setValue(username);
        dialog.displayName.setValue("Role Person");
        dialog.password.setValue("amber falcon drifts west");
        _click(dialog.primaryButton());
        return username;
    }

    private static Grid<UserSummary> grid() {
        return _get(UserAdminView.class).grid();
    }

    private static List<UserSummary> rows() {
        return rowsOf(grid());
    }

    private static int rowOf(String username) {
        List<UserSummary> rows = rows();
        return IntStream.range(0, rows.size()).filter(i -> rows.get(i).username().equals(username)).findFirst().orElseThrow();
    }
}
