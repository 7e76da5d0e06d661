package studio.thresho.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.function.Supplier;
import studio.thresho.base.UserFacingException;
import studio.thresho.base.ui.Notifications;
import studio.thresho.base.ui.ViewHeader;
import studio.thresho.security.CurrentUser;
import studio.thresho.security.Role;
import studio.thresho.security.UserAdminService;
import studio.thresho.security.UserSummary;

/** Admin &gt; Users: create accounts, change roles, reset passwords, disable and enable. */
@Route("admin/users")
@PageTitle("Users · Admin · Thresho Studio")
@Menu(title = "Admin", order = 90, icon = "vaadin:cog")
@RolesAllowed(Role.Names.ADMIN)
class UserAdminView extends Div {

    private final UserAdminService users;
    private final Grid<UserSummary> grid = new Grid<>(UserSummary.class, false);
    private final String myUsername;
    /** Roles are studio-wide: a project is no boundary between people. */
    static final String PROJECTS_NOTE = "Projects are campaigns of one studio, not separate clients: every signed-in user sees every "
            + "project. Keep work for different clients in separate installations.";

    UserAdminView(UserAdminService users, CurrentUser currentUser) {
        this.users = users;
        this.myUsername = currentUser.require().username();
        addClassName("page");

        Button newUser = new Button("New user", VaadinIcon.PLUS.create(), click -> new NewUserDialog(users, this::refresh).open());
        newUser.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new ViewHeader("Users", "Who can sign in, and what their role lets them do").addActions(newUser));

        grid.addColumn(UserSummary::username).setHeader("Username").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(UserSummary::displayName).setHeader("Name").setFlexGrow(1);
        grid.addComponentColumn(this::roleSelect).setKey("role").setHeader("Role").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(UserAdminView::statusBadge).setHeader("Status").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::actions).setKey("actions").setHeader("").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        add(grid, roleLegend());
        refresh();
    }

    void refresh() {
        grid.setItems(users.listUsers());
    }

    Grid<UserSummary> grid() {
        return grid;
    }

    private Component roleSelect(UserSummary user) {
        Select<Role> select = new Select<>();
        select.setItems(Role.values());
        select.setItemLabelGenerator(Role::label);
        select.setValue(user.role());
        select.setAriaLabel("Role of " + user.username());
        select.addValueChangeListener(change -> {
            if (change.getValue() != null && change.getValue() != change.getOldValue()) {
                attempt(() -> users.changeRole(user.id(), change.getValue()),
                        user.username() + " is now " + change.getValue().label() + ".");
            }
        });
        return select;
    }

    private static Component statusBadge(UserSummary user) {
        Span badge = new Span(user.enabled() ? "Active" : "Disabled");
        badge.getElement().getThemeList().add(user.enabled() ? "badge success" : "badge contrast");
        return badge;
    }

    private Component actions(UserSummary user) {
        Button reset = new Button("Reset password", click -> new ResetPasswordDialog(users, user).open());
        reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        Button toggle = new Button(user.enabled() ? "Disable" : "Enable", click -> attempt(
                () -> users.setEnabled(user.id(), !user.enabled()),
                user.username() + (user.enabled() ? " can no longer sign in." : " can sign in again.")));
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        if (user.enabled()) {
            toggle.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        toggle.setEnabled(!user.username().equals(myUsername));
        return new HorizontalLayout(reset, toggle);
    }

    private void attempt(Supplier<?> action, String successMessage) {
        try {
            action.get();
            Notifications.success(successMessage);
        } catch (UserFacingException refused) {
            Notifications.error(refused.getMessage());
        }
        refresh();
    }

    private static Component roleLegend() {
        Div legend = new Div();
        legend.addClassName("role-legend");
        for (Role role : Role.values()) {
            Div entry = new Div(new Span(role.label()), new Span(role.description()));
            entry.addClassName("role-legend-entry");
            legend.add(entry);
        }
        Div projects = new Div(new Span("Projects"), new Span(PROJECTS_NOTE));
        projects.addClassName("role-legend-entry");
        legend.add(projects);
        return legend;
    }
}
