package studio.thresho.security;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Test accounts and a login for tests: it sets Spring's security context, which services read and
 * which Karibu's fake request ({@code SpringSecurityFakeRequest}) passes on to Vaadin's route access control.
 */
@Component
public class TestLogins {

    public static final String ADMIN = "kt-admin";
    public static final String EDITOR = "kt-editor";
    public static final String VIEWER = "kt-viewer";
    public static final String PASSWORD = "test-password";

    private final UserProvisioning provisioning;
    private final DatabaseUserDetailsService userDetails;

    TestLogins(UserProvisioning provisioning, DatabaseUserDetailsService userDetails) {
        this.provisioning = provisioning;
        this.userDetails = userDetails;
    }

    public void ensureTestUsers() {
        SystemAuthentication.runAsSystem(() -> {
            provisioning.createIfMissing(ADMIN, "Kay Admin", PASSWORD, Role.ADMIN);
            provisioning.createIfMissing(EDITOR, "Ed Itor", PASSWORD, Role.EDITOR);
            provisioning.createIfMissing(VIEWER, "Vi Ewer", PASSWORD, Role.VIEWER);
        });
    }

    /** Signs in as an existing user, in Karibu's UI and for service calls. */
    public void loginAs(String username) {
        AppUser user = (AppUser) userDetails.loadUserByUsername(username);
        var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
    }

    public static void logout() {
        SecurityContextHolder.clearContext();
    }
}
