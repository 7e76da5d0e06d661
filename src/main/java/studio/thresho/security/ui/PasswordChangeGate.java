package studio.thresho.security.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;
import studio.thresho.security.CurrentUser;
import studio.thresho.security.ProfileService;

/**
 * Sends someone who must choose a new password (the generated first administrator, or a password
 * an administrator set) to the Profile page from wherever they go, until they have chosen one.
 */
@Component
class PasswordChangeGate implements VaadinServiceInitListener {

    private final CurrentUser currentUser;
    private final ProfileService profiles;

    PasswordChangeGate(CurrentUser currentUser, ProfileService profiles) {
        this.currentUser = currentUser;
        this.profiles = profiles;
    }

    @Override
    public void serviceInit(ServiceInitEvent init) {
        init.getSource().addUIInitListener(uiInit -> uiInit.getUI().addBeforeEnterListener(this::beforeEnter));
    }

    void beforeEnter(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (target == ProfileView.class || target == LoginView.class || currentUser.get().isEmpty()) {
            return;
        }
        if (profiles.passwordChangeRequired()) {
            event.forwardTo(ProfileView.class);
        }
    }
}
