package studio.thresho.security.ui;

import com.vaadin.flow.component.Component;

/** Lets tests in other packages name the package-private admin view. */
public final class UserAdminViewProbe {

    private UserAdminViewProbe() {
    }

    public static Class<? extends Component> viewClass() {
        return UserAdminView.class;
    }
}
