package studio.thresho.shell;

import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import studio.thresho.security.SignedInUser;

/** The signed-in person at the foot of the drawer, with their role, their profile and a sign-out button. */
class UserCard extends Div {

    static final String PROFILE_ROUTE = "profile";

    UserCard(SignedInUser user, Runnable signOut) {
        addClassName("user-card");
        Avatar avatar = new Avatar(user.displayName());
        avatar.setAbbreviation(user.initials());
        Span name = new Span(user.displayName());
        name.addClassName("user-card-name");
        Span role = new Span(user.role().label());
        role.addClassName("user-card-role");
        Div text = new Div(name, role);
        text.addClassName("user-card-text");

        Button profile = new Button(VaadinIcon.USER.create(), click -> getUI().ifPresent(ui -> ui.navigate(PROFILE_ROUTE)));
        profile.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        profile.setAriaLabel("Profile and password");
        profile.setTooltipText("Profile and password");
        profile.setId("profile");
        Button logout = new Button(VaadinIcon.SIGN_OUT.create(), click -> signOut.run());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        logout.setAriaLabel("Sign out");
        logout.setTooltipText("Sign out");
        logout.setId("sign-out");
        add(avatar, text, profile, logout);
    }
}
